import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import type { Token } from './name-tokens.ts';
import { partyMembers } from './name-words.ts';

/** Words for an office that goes on with what it is for ("Minister for …", "Secretary of …"). */
const officeWord = String.raw`\b(?:Minister|Secretary|Director|Commissioner|Administrator|Chairman|Chairwoman|Chair|Ambassador|Envoy|Representative)\s+`;
/** What an office is for, named before `and` and a last part: "for Employment and". */
const forThisAndTail = String.raw`(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?){0,3},?\s+and\s+$`;

/** An office that goes on with what it is for: "Minister for the", "Secretary of". */
const officeFor = new RegExp(String.raw`${officeWord}(?:for|of)\s+(?:the\s+)?$`, 'u');
const forThisAnd = new RegExp(String.raw`\b${forThisAndTail}`, 'u');
/** An office and what it is for, up to `and`: "Commissioner for Development and". */
const officeForThisAnd = new RegExp(officeWord + forThisAndTail, 'u');

/**
 * How many of the first words of a run of capitals finish an office begun before the run, so that
 * they are part of the title and not of the name after it: "Special Agent in Charge William
 * Henderson" (the run begins at "Charge", after "in"), "Assistant Secretary for Employment and
 * Training John Pallasch" (it begins at "Training", after "and"), "Minister for the Middle East
 * and North Africa Alistair Burt", "Minister for the Cabinet Office Francis Maude". US federal
 * and British government releases name their officials so in nearly every quote. Only up to a
 * given name with a surname after it, and none where a given name comes earlier.
 */
export function officeTail(sentence: string, words: readonly Token[]): number {
  const [first, second] = words;
  if (first === undefined) return 0;
  const before = sentence.slice(0, first.start);
  if (first.text === 'Charge')
    return /\b(?:Agents?|Director|Officer)\s+in\s+$/u.test(before) ? 1 : 0;
  // The office's last part is one word in lower case in a dictionary ("Training"), which is not
  // a given name, before a given name.
  const afterAnd = forThisAnd.test(before);
  // After an office word ("Minister for Mental Health and Ageing Mark Butler") the last part need
  // not be in the dictionary, as long as it is no given name.
  if (
    second !== undefined &&
    words.length >= 3 &&
    afterAnd &&
    (isCommonWord(first.text) || officeForThisAnd.test(before)) &&
    !isGivenName(first.text) &&
    isGivenName(second.text)
  )
    return 1;
  // "Cabinet Secretary for Environment, Climate Change and Land Reform Roseanna Cunningham": after
  // an office word, the dictionary words that open the run finish the office when two words or
  // more are left for the name, where no list knows a given name in the run (one it knows is
  // where the name starts: "Middle East and North Africa Alistair Burt").
  if (afterAnd && officeForThisAnd.test(before) && !words.some((w) => isGivenName(w.text))) {
    let office = 0;
    while (office < words.length && isCommonWord((words[office] as Token).text)) office++;
    if (office >= 1 && words.length - office >= 2) return office;
  }
  if (!afterAnd && !officeFor.test(before)) return 0;
  // "Country Director for the PRC Asif S. Cheema": initials for a country or a body end the office,
  // whether or not a list knows the given name after them.
  if (words.length >= 3 && /^\p{Lu}{2,5}$/u.test(first.text)) return 1;
  // Or several words ("North Africa", "Cabinet Office") before the first given name.
  const given = words.findIndex((w) => isGivenName(w.text));
  return given >= 2 && given <= 4 && words.length >= given + 2 ? given : 0;
}

/**
 * Whether the text before a run ends in an office and what it is for, up to `and` ("Cabinet
 * Secretary for Environment, Climate Change and "): what follows finishes the office, so the
 * run is not joined to the words before `and` as two names.
 */
export const afterOfficeAnd = (before: string): boolean => officeForThisAnd.test(before);

/** Whether the first word of a run finishes an office (see `officeTail`). */
export const finishesOffice = (sentence: string, words: readonly Token[]): boolean =>
  officeTail(sentence, words) > 0;

/**
 * Whether a whole run of capitals is the end of an office and names no one: "Special Agent in
 * Charge, David Downing"; "Louis Michel, the European Commissioner for Development and
 * Humanitarian Aid, explained" (the run after `and`, all words of a dictionary and none a given
 * name: "Mines and Energy Dilma Roussef" still names her).
 */
export function endsOffice(sentence: string, words: readonly Token[]): boolean {
  if (words.length === 1 && finishesOffice(sentence, words)) return true;
  const [first] = words;
  if (first === undefined || words.length > 4) return false;
  return (
    officeForThisAnd.test(sentence.slice(0, first.start)) &&
    // One word alone there ("Disabilities and Carers, Senator Jan McLucas") is the office's.
    words.every((w) => (isCommonWord(w.text) || words.length === 1) && !isGivenName(w.text))
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

/**
 * "Republican Senators Dan Coats of Indiana, John McCain of Arizona …", "Nobel Laureates Mikhail
 * Gorbachev and Wangari Maathai": a title in the plural before a given name opens a list of names,
 * and is no part of the first. `isTitle` tells the singular's titles.
 */
export function pluralTitle(
  word: string,
  next: string | undefined,
  isTitle: (w: string) => boolean,
) {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && isTitle(word.slice(0, -1)) && isGivenName(next ?? '');
}
