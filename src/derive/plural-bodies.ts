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

/**
 * What a name ending in a plural noun, with no given name first, is: a body or a place ("Chippewa
 * Falls"), not a person unless a description says so ("Silver Clouds, the band's drummer",
 * "community organizer Naif Littles", but not "its owner Harbor Chauffeurs"); which of the two
 * the word alone does not say, so it is left unlisted (`undefined`) rather than guessed. But a
 * verb, then "she", "he", "her" or "his" in the sentence with no other name between, makes a
 * person of it ("Lousetta Keyes found a notice taped to her apartment door"). `'no'` for a name
 * of another shape, or one a description or a role before it already makes a person.
 */
export function pluralBodyEvidence(
  words: readonly string[],
  after: string,
  roleFirst: boolean,
): { kind: 'person'; description: { gender: 'female' | 'male' } } | undefined | 'no' {
  if (!isPluralBody(words) || /^,\s+(?:the|a|an|his|her)\s/u.test(after) || roleFirst) return 'no';
  const pronoun = /^\s+\p{Ll}+\b[^.;:!?\p{Lu}]{0,80}?\b(she|he|her|his)\b/u.exec(after)?.[1];
  if (!pronoun) return undefined;
  const gender = pronoun === 'she' || pronoun === 'her' ? 'female' : 'male';
  return { kind: 'person', description: { gender } };
}
