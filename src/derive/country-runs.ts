import { countryOf } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { isNameWord, type Token } from './name-tokens.ts';
import { organisationEnds, organisationHeads, placeHeads } from './name-words.ts';

/**
 * How many words open a run of capitals as a country run into the name after it, or 0:
 * "representative to Somalia Nicholas Kay" (a one-word country after a preposition, before one
 * or two more words), "Treasurer of the United States Rosie Rios" (a country of two or three
 * words, before a given name and a surname). The country and the name are then two names.
 */
export function countryBeforeName(sentence: string, words: readonly Token[]): number {
  const first = words[0];
  if (
    first !== undefined &&
    words.length >= 3 &&
    words.length <= 4 &&
    countryOf(first.text) &&
    /\b(?:to|in|of|from|for)\s+$/u.test(sentence.slice(Math.max(0, first.start - 6), first.start))
  )
    return 1;
  const named = (n: number) =>
    words
      .map((t) => t.text)
      .slice(0, n)
      .join(' ');
  const country = [3, 2].find((n) => words.length - n >= 2 && countryOf(named(n)));
  if (country === undefined) return 0;
  // A person's name after it, not a body's ("United States Geological Survey").
  const rest = words.slice(country);
  const person =
    rest.length <= 3 &&
    isGivenName(rest[0]?.text ?? '') &&
    rest.every(
      (t) =>
        isNameWord(t) &&
        !organisationHeads.has(t.text) &&
        !organisationEnds.has(t.text) &&
        !placeHeads.has(t.text),
    );
  return person ? country : 0;
}
