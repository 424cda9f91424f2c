import { createRequire } from 'node:module';

/**
 * Given names in English, French, German, Italian, Spanish and Dutch use, from the `human-names`
 * package. They are evidence that a capitalised pair is a person ("Andrew Gumbel"), never the only
 * way to be one: many names in the news ("Raila Odinga", "Kwok Ka-ki") are on no such list.
 */
let names: Set<string> | undefined;

function load(): Set<string> {
  // The package is CommonJS around JSON files; `require` loads it the same way under every runner.
  const data: Record<string, unknown> = createRequire(import.meta.url)('human-names');
  const lists = ['allEn', 'allFr', 'allDe', 'allIt', 'allEs', 'allNl'].map((key) => data[key]);
  return new Set(
    lists.flatMap((list) => (Array.isArray(list) ? list : [])).map((name) => fold(String(name))),
  );
}

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a word is a known given name ("Íngrid" and "Ingrid" alike). */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(fold(word));
}
