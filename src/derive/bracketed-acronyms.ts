import type { Entity, EntityBook } from './entity-book.ts';

/** A word in capitals that may be a body's short name ("USAG", "MSF", "NASA"). */
const acronym = /^\p{Lu}[\p{Lu}\d&]+$/u;

/**
 * "USA Gymnastics (USAG)", "Doctors Without Borders (MSF)": news gives a body's short name in
 * brackets right after its full name, whatever letters it takes, and uses it from then on.
 * Returns the body the bracketed acronym stands for, if the story has just named one.
 */
export function bracketedAcronym(
  book: EntityBook,
  name: string,
  before: string,
  after: string,
): Entity | undefined {
  if (!acronym.test(name) || !/^\)/u.test(after)) return undefined;
  // "Movement for Homosexual Integration and Liberation (Movimiento de …, MOVILH)": the name in
  // its own language may stand in the brackets before the short name.
  const full =
    /(\S(?:.*\S)?)\s*\($/u.exec(before)?.[1] ??
    /(\S(?:.*\S)?)\s*\(\p{Lu}[^()]{2,80},\s*$/u.exec(before)?.[1];
  if (!full) return undefined;
  return book
    .all()
    .filter((e) => e.kind === 'organisation' && e.name !== name && full.endsWith(e.name))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

/**
 * "The Southern African Development Community (SADC) has said": a name of several words followed
 * by its own initials in brackets is a body's name, whatever its words, as people are not given
 * short names of their initials that way. Small words (`and`, `of`) may be left out of them.
 */
export function initialsInBrackets(name: string, after: string): boolean {
  const short = /^\s*\((\p{Lu}{3,})\)/u.exec(after)?.[1];
  if (!short) return false;
  const capitals = capitalWords(name).filter((w) => w !== 'The');
  return capitals.length >= 3 && capitals.map((w) => w[0]).join('') === short;
}

/** The words of a name that open with a capital, hyphened parts apart. */
const capitalWords = (name: string) => name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w));

/**
 * Whether a short name's capitals are the initials of a name's capitalised words, in order, some
 * perhaps left out: "DoS" for "United States Department of State", not "SAMHSA" for "Mental
 * Health Services Administration" (the end of a longer name the story split at `and`).
 */
export function shortNameFits(name: string, short: string): boolean {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const initials = capitalWords(name)
    .map((w) => w[0])
    .join('');
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "a U.S. Immigration and Customs Enforcement “raid” … ICE “did not conduct …”": a word in
 * capitals that spells the initials of a body the story named in full, leaving out a country's
 * dotted abbreviation and small words, is that body's short name, brackets or not.
 */
export function bodyOfInitials(book: EntityBook, name: string): Entity | undefined {
  if (!/^\p{Lu}{3,6}$/u.test(name)) return undefined;
  return book.all().find((e) => {
    if (e.kind !== 'organisation' || e.name === name) return false;
    const capitals = capitalWords(e.name).filter((w) => w !== 'The' && !/\./u.test(w));
    return capitals.length >= 3 && capitals.map((w) => w[0]).join('') === name;
  });
}
