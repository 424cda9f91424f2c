import { isCommonWord } from './common-words.ts';
import { countryOf } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { shipPrefixes } from './military-units.ts';
import { plainAcronyms, titles } from './name-words.ts';

/**
 * Military ranks written with an ordinal, as defence news prints them: "2nd Lt. Sam Scherer",
 * "Petty Officer 1st Class Robert Bruce", "1st Sgt. Ana Ruiz". The ordinal belongs to the rank, so
 * it must neither break the run of capitalised words that holds the name nor stay in the name.
 */
const ordinal = /^\d+(?:st|nd|rd|th)$/u;

/** An ordinal that opens or continues a rank: a title or "Class" comes next. */
export const isRankOrdinal = (word: string, next: string | undefined): boolean =>
  ordinal.test(word) && next !== undefined && (next === 'Class' || titles.has(next));

/** "Class" after an ordinal ends a rank ("Petty Officer 2nd Class"), as a title would. */
export const endsRank = (word: string, previous: string | undefined): boolean =>
  word === 'Class' && previous !== undefined && ordinal.test(previous);

/**
 * Ranks a later sentence uses for someone named with the rank's title ("Adm. Mike Mullen … the
 * admiral said"). They are not general role nouns: "Colonel David Perkins" after a comma is a name
 * with its title, not a description, so they serve only to refer back to the person.
 */
export const rankNouns = new Set(
  'admiral colonel lieutenant corporal brigadier commodore'.split(' '),
);

/**
 * Navy ratings, written before a name like a rank: "Aviation Boatswain's Mate 1st Class Jason
 * McClosky", "Chief Hull Technician William Sisk", "Hospital Corpsman Ana Diaz". Their last word ends
 * the title, as "Class" does after an ordinal, so the name is what follows.
 */
const ratingEnds = new Set(
  `Technician Specialist Corpsman Controlman Ordnanceman Mechanic Engineman Yeoman Storekeeper
  Quartermaster Electrician Steelworker Utilitiesman Aerographer Airman Fireman`.split(/\s+/),
);

/** "Machinist's Mate": a possessive before "Mate" names a rating, not an owner. */
export const isRatingPossessive = (word: string, after: string): boolean =>
  /^\p{Lu}\p{L}+[’']s$/u.test(word) && /^\s+Mate\b/u.test(after);

/** Whether a word ends a rating ("Mate" after "Machinist's", "Technician"). */
export const endsRating = (word: string, previous: string | undefined): boolean =>
  ratingEnds.has(word) || (word === 'Mate' && /[’']s$/u.test(previous ?? ''));

/**
 * "CMDCM John G. Becker II", "MCPON Rick West", "ABH1 Jason Cole": a rank or rating abbreviated in
 * capitals, with a given name after it, is a title, not the name of a body the person belongs to.
 */
export const isRankAbbreviation = (word: string, next: string | undefined): boolean =>
  /^\p{Lu}{3,6}\d?$/u.test(word) &&
  !plainAcronyms.has(word) &&
  !shipPrefixes.has(word) &&
  !countryOf(word) &&
  next !== undefined &&
  isGivenName(next) &&
  // "USI Art Collections": a given name that is also a common word is too weak a sign.
  !isCommonWord(next);

/**
 * "Fire Controlman 3rd Class (AW/SW) Christian Blanco", "Religious Program Specialist (SW/AW) Mike
 * Music": warfare qualifications in brackets between a rating and the name belong to the title, so
 * the run of the title goes on through them to the name. Ratings are open-ended ("Controlman",
 * "Yeoman"), and a bracketed code after a word in -man is what marks such a word as one.
 */
// "Yeoman 1st Class(SCW) Chrishinda Dobbs": the space before the bracket is sometimes left out.
const qualification = /^ ?\(\p{Lu}{2,4}(?:\/\p{Lu}{2,4})*\) $/u;

/** Whether `gap`, the text between `word` and the next, is a qualification closing a rank or rating. */
export const isQualificationGap = (gap: string, word: string, previous: string | undefined) =>
  qualification.test(gap) &&
  (endsRank(word, previous) ||
    endsRating(word, previous) ||
    /\p{Ll}man$/u.test(word) ||
    // "Command Master Chief (AW/SW) Jay Powers": after a title too.
    titles.has(word));

/** Where the qualification codes after a rank or rating lie in `text`, as [start, end) spans. */
export function qualificationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/ ?\(\p{Lu}{2,4}(?:\/\p{Lu}{2,4})*\) (?=\p{Lu})/gu)) {
    const [, previous, word] = /(?:(\S+)\s+)?(\S+)$/u.exec(text.slice(0, m.index)) ?? [];
    if (word && isQualificationGap(m[0], word, previous))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
