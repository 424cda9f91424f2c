import { titles } from './name-words.ts';

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
