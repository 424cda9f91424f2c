import { createRequire } from 'node:module';

/**
 * Given names in English, French, German, Italian, Spanish and Dutch use, from the `human-names`
 * package. They are evidence that a capitalised pair is a person ("Andrew Gumbel"), never the only
 * way to be one: many names in the news ("Raila Odinga", "Kwok Ka-ki") are on no such list.
 */
interface GivenNames {
  all: Set<string>;
  /** Gender comes from the English lists only: "Augustine" is a woman's name in French. */
  female: Set<string>;
  male: Set<string>;
}

let names: GivenNames | undefined;

const languages = ['En', 'Fr', 'De', 'It', 'Es', 'Nl'];

function load(): GivenNames {
  // The package is CommonJS around JSON files; `require` loads it the same way under every runner.
  const data: Record<string, unknown> = createRequire(import.meta.url)('human-names');
  const set = (prefix: string, from: readonly string[] = languages) =>
    new Set(
      from
        .map((language) => data[`${prefix}${language}`])
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .map((name) => fold(String(name))),
    );
  return {
    all: new Set([...set('female'), ...set('male')]),
    female: set('female', ['En']),
    male: set('male', ['En']),
  };
}

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a word is a known given name ("Íngrid" and "Ingrid" alike). */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.all.has(fold(word));
}

/** The gender a given name is used for, when the lists give it one only ("Anna", not "Andrea"). */
export function genderOfGivenName(word: string): 'female' | 'male' | undefined {
  names ??= load();
  const folded = fold(word);
  const female = names.female.has(folded);
  const male = names.male.has(folded);
  if (female === male) return undefined;
  return female ? 'female' : 'male';
}
