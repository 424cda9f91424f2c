import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import type { Token } from './name-tokens.ts';
import { partyMembers } from './name-words.ts';

/**
 * Whether the first word of a run of capitals finishes an office begun before the run, so that
 * it is part of the title and not of the name after it: "Special Agent in Charge William
 * Henderson" (the run begins at "Charge", after "in"), "Assistant Secretary for Employment and
 * Training John Pallasch" (it begins at "Training", after "and"). US federal press releases name
 * their officials so in nearly every quote.
 */
export function finishesOffice(sentence: string, words: readonly Token[]): boolean {
  const [first, second] = words;
  if (first === undefined) return false;
  const before = sentence.slice(0, first.start);
  if (first.text === 'Charge') return /\b(?:Agents?|Director|Officer)\s+in\s+$/u.test(before);
  return (
    second !== undefined &&
    words.length >= 3 &&
    /\b(?:for|of)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+and\s+$/u.test(before) &&
    isCommonWord(first.text) &&
    !isGivenName(first.text) &&
    isGivenName(second.text)
  );
}

/**
 * "Republican Paul Ryan", "Liberal Democrat Vince Cable": a party member's noun before a given
 * name (or before another such noun that is) is a description written as a title, not part of
 * the name.
 */
export const isPartyWord = (words: readonly Token[], i: number): boolean =>
  words.length - i >= 3 &&
  partyMembers.has(words[i]?.text ?? '') &&
  (isGivenName(words[i + 1]?.text ?? '') || isPartyWord(words, i + 1));
