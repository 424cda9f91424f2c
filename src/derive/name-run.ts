/**
 * What joins and what breaks a run of capitalised words that may hold a name: the small words
 * inside bodies' names, the capitals that count, and when "of" or "for" goes on with a name.
 */
import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import { adjacent, type Token } from './name-tokens.ts';
import {
  organisationEnds,
  organisationHeads,
  placeHeads,
  placeStarts,
  titles,
} from './name-words.ts';

/** Words that join the parts of an organisation's or place's name ("Bank of England"). */
export const joiners = new Set(['of', 'for', 'on', 'and', '&', 'the']);

/**
 * A surname written behind an article or an elided `de`, which stands for its holder on its own:
 * "al-Maliki", "el-Sissi", "d'Escoto".
 */
export const articledSurname = /^(?:(?:al|el)-|d['’])\p{Lu}/u;

/**
 * A capitalised word, or a surname behind an Arabic article ("al-Megrahi", "el-Sisi"), which is
 * written lower case but names someone all the same.
 */
export const isCapitalised = (word: string) =>
  (/^\p{Lu}/u.test(word) ||
    /^(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}/u.test(word) ||
    // "Miguel d'Escoto Brockmann", "Valéry Giscard d'Estaing": an elided `de` before a surname.
    articledSurname.test(word)) &&
  !/\d/.test(word) &&
  !headlineVerbs.has(word) &&
  // "I’d say", "I'm told": the pronoun, contracted, is no name.
  !/^I['’](?:d|m|ll|ve)$/u.test(word);

/**
 * "CIA Chief Says Al-Qa'ida Remains …", "Israeli Minister Calls Nuclear Attack on Gaza …": a
 * headline that capitalises every word runs its verb of saying into the names on each side of it;
 * these verbs are never part of a name.
 */
const headlineVerbs = new Set(
  `Says Tells Told Warns Urges Vows Denies Insists Asks Adds Admits Claims Accuses Announces Calls
  Slams Blasts Rejects Defends Praises Condemns Criticizes Criticises Threatens Demands Dismisses
  Welcomes Blames Pledges Promises Predicts Confirms`.split(/\s+/),
);

/**
 * Whether a name may go on with "of"/"for": an organisation or place word anywhere ("Institute for
 * the Study of War"), or a title just before it ("Secretary of State"), but not a personal name
 * after a title ("Prof Matteo Ricci of the University of Turin" is a person and a university).
 */
export const hasHead = (words: readonly string[], joiner: string) => {
  // "Treasury Secretary Henry Paulson of the U.S.": a body's word inside the office before a name
  // is the office's, so the name after it does not go on with "of".
  let office = words.slice(0, -1).findLastIndex((word) => titles.has(word));
  // "Secretary of State Kerry and …": the office's department ("State") is no body's word.
  if (office >= 0 && words[office + 1] === 'of') office += 2;
  // "Assistant Secretary of Defense for Asian Affairs": an office's department goes on with "for".
  const department =
    joiner === 'for' && words.some((word, i) => titles.has(word) && words[i + 1] === 'of');
  return (
    words.slice(office + 1).some((word) => organisationHeads.has(word) || placeHeads.has(word)) ||
    titles.has(words.at(-1) ?? '') ||
    department
  );
};

/**
 * "the Committee to Protect Journalists", "the Alliance to Protect Coastal Wetlands": a
 * body named for its purpose goes on with "to" and a capitalised verb, itself followed by more of
 * the name. The run before "to" must end in a body's word, and the word after it must be a common
 * word that starts no place or office ("sent the Council to New York" is a body and a place).
 */
export const purposeJoins = (
  sentence: string,
  words: readonly string[],
  tokens: readonly Token[],
  at: number,
) => {
  const [to, verb, object] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (to?.text !== 'to' || !verb || !object) return false;
  const last = words.at(-1) ?? '';
  return (
    (organisationHeads.has(last) || organisationEnds.has(last)) &&
    adjacent(sentence, tokens[at - 1] as Token, to) &&
    adjacent(sentence, to, verb) &&
    adjacent(sentence, verb, object) &&
    /^\p{Lu}\p{Ll}+$/u.test(verb.text) &&
    isCommonWord(verb.text) &&
    !placeStarts.has(verb.text) &&
    !placeHeads.has(verb.text) &&
    !titles.has(verb.text) &&
    !verb.possessive &&
    isCapitalised(object.text)
  );
};

/**
 * "But I find …", "from Baghdad to Dubai I had almost given up": the pronoun I, before a word in
 * lower case, ends no name. After a given name it is a monarch's number ("Queen Elizabeth I was
 * crowned").
 */
export function endsInPronoun(sentence: string, run: readonly Token[]): boolean {
  const last = run.at(-1);
  const before = run.at(-2);
  return (
    last?.text === 'I' &&
    /^\s+\p{Ll}/u.test(sentence.slice(last.end)) &&
    (before === undefined || !isGivenName(before.text))
  );
}
