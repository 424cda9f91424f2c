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
