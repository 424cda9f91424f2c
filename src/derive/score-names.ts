import { normalizeName } from '../content/normalize.ts';
import { isOfficeWord, months, postNominals, weekdays } from './name-words.ts';

/** Small words left out of an organisation's initials ("Bank of England" → BE, BoE). */
const minor = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

const isDateWord = (word: string) => weekdays.has(word) || months.has(word);

/**
 * A name as the scorer compares it: without the titles, offices and honours written around it
 * ("US Treasury Secretary Jane Roe" → "Jane Roe", "Lord Smith" → "Smith", "Mark Tedeschi QC" →
 * "Mark Tedeschi") and without a leading "the" (or "a", "an", "one" before a description). Words before the last title go with it ("US
 * Treasury") only when all of them are capitalised and none is a date word, so a name glued to a
 * date ("Wednesday Mr Smith") stays as wrong as the draft wrote it.
 */
export function bareName(name: string): string {
  let words = name
    .replace(/[’']s$/u, '')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (/^the$/i.test(words[0] ?? '')) words = words.slice(1);
  // An unnamed speaker is the same with or without its article: "an advisor to the team",
  // "one nuclear official", "a 35-year-old man". Only before a description in lower case or an
  // age, so a name is left whole.
  // So is one described by capitals and a noun in lower case ("one HUD staffer", "one Iraq war
  // veteran").
  const described =
    /^\p{Ll}+$/u.test(words.at(-1) ?? '') &&
    (/^\p{Lu}{2,}$/u.test(words[1] ?? '') || (words.length > 3 && /^\p{Lu}/u.test(words[1] ?? '')));
  if (
    /^(?:a|an|one)$/i.test(words[0] ?? '') &&
    (/^[\p{Ll}\d]/u.test(words[1] ?? '') || described)
  ) {
    words = words.slice(1);
  }
  // "a female student who did not give her name" is the female student: what a relative clause
  // adds only tells the reader why no name is given, or what they did. So is a description keyed
  // without its article ("woman who spoke on condition of anonymity").
  const clause = words.indexOf('who');
  if (clause > 0 && /^[\p{Ll}\d]/u.test(words[0] ?? '')) words = words.slice(0, clause);
  words = withoutWhereabouts(words);
  while (words.length > 1 && postNominals.has((words.at(-1) ?? '').replace(/,$/, '')))
    words = words.slice(0, -1);
  words = words.map((w) => w.replace(/,$/, ''));
  const last = words.slice(0, -1).findLastIndex(isOfficeWord);
  const before = words.slice(0, last + 1);
  const rest = words.slice(last + 1);
  const strippable =
    last >= 0 &&
    before.every((w) => /^\p{Lu}/u.test(w) && !isDateWord(w)) &&
    rest.every((w) => /^\p{Lu}/u.test(w));
  return normalizeName((strippable ? rest : words).join(' '));
}

/** Nouns that say whom someone speaks or works for: what follows them tells people apart. */
const relational =
  /^(?:officials?|spokes\w*|members?|heads?|leaders?|chiefs?|representatives?|officers?|sources?|employees?|staffers?|aides?|advis[eo]rs?|directors?|managers?|workers?|diplomats?)$/;

/**
 * An unnamed speaker without where they were, where they are from, or what they held: "a
 * longtime resident of the area", "one man in the Capitol Cafe", "draftees from Irkutsk" and "one
 * resident carrying a stick" are the longtime resident, the man, the draftees and the resident.
 * Never after a noun that says whom someone speaks for ("an official in the ministry" is not any
 * official), and never inside a name (see below).
 */
function withoutWhereabouts(words: string[]): string[] {
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/^(?:in|on|at|near|from|outside|inside|carrying|holding|wearing)$/.test(w) ||
        (w === 'of' && words[i + 1] === 'the' && words[i + 2] === 'area')),
  );
  if (cut <= 0 || relational.test(words[cut - 1] ?? '')) return words;
  // A name is left whole: after a first word in capitals, every word before the cut is in lower
  // case, and a capitalised word alone is a plural that opens a sentence ("Villagers in
  // Dititjerent"). A description in lower case may hold a people's name (`middle-aged Burmese
  // man`).
  const described = /^\p{Ll}/u.test(words[0] ?? '');
  if (!described && !words.slice(1, cut).every((w) => /^\p{Ll}/u.test(w))) return words;
  if (cut === 1 && !described && !/s$/.test(words[0] ?? '')) return words;
  return words.slice(0, cut);
}

/**
 * The initials of an organisation's name, for matching its acronym: without its small words
 * ("KCNA", "BoE"), and with them, as some acronyms keep them ("VOA" for Voice of America, "MOM"
 * for Ministry of Manpower).
 */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  const of = (kept: readonly string[]) =>
    kept
      .map((w) => w.charAt(0))
      .join('')
      .toLowerCase();
  return [of(words.filter((w) => !minor.has(w.toLowerCase()))), of(words)];
}

/**
 * Whether one of the names a draft gives someone (`found`) names the key's `expected`: the same
 * name once titles are stripped, one name the other's surname ("Town" for Jenny Town), or an
 * acronym of the other ("KCNA" for Korean Central News Agency). A different person who shares no
 * name with the key is never a match.
 */
export function sameName(found: string | readonly string[], expected: string): boolean {
  const e = bareName(expected);
  if (e === '') return false;
  const eWords = e.split(' ');
  return (typeof found === 'string' ? [found] : found).some((name) => {
    const f = bareName(name);
    if (f === '') return false;
    if (f === e) return true;
    const fWords = f.split(' ');
    if (fWords.length === 1 && eWords.length > 1 && f === eWords.at(-1)) return true;
    if (eWords.length === 1 && fWords.length > 1 && e === fWords.at(-1)) return true;
    // "U.N." for United Nations: the stops between capitals are no part of the initials.
    const acronym = (written: string, long: string) => {
      const short = written.trim().replace(/(?<=\p{Lu})\./gu, '');
      return (
        /^\p{Lu}{2,}$/u.test(short) &&
        long.trim().split(/\s+/).length > 1 &&
        initials(long).includes(short.toLowerCase())
      );
    };
    return acronym(name, expected) || acronym(expected, name);
  });
}
