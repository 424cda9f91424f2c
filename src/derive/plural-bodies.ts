import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';

/** The singular of a plural English noun, or undefined for a word that is not one. */
function singularOf(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || /(?:ss|us|is)$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const forms = [lower.slice(0, -1), lower.replace(/ies$/u, 'y'), lower.replace(/es$/u, '')];
  return forms.find((form) => form !== lower && form.length > 2 && isCommonWord(form));
}

/**
 * Whether a capitalised name is a body named for its members or trade: "Geelong Magistrates",
 * "Chariot Chauffeurs", "Open Doors", "the Abu Bakr Brigades". A person's name may end in such a
 * word ("John Burrows", "Betsy Burns"), but then it starts with a given name.
 */
export function isPluralBody(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words.at(-1) ?? '';
  return singularOf(last) !== undefined && !isGivenName(words[0] ?? '');
}
