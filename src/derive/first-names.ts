import type { Description } from './describe-person.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import { firstNameAfter, firstNameBefore, namedBefore } from './name-context.ts';

/*
 * A first name used alone: news names people who give no surname ("Carlos", "Maria, 34,") when the
 * words around the name speak of a person. Read by name-evidence.ts for a one-word name that
 * nothing else has placed.
 */

/** "survived by sons Clarence, Edward, Ted, and Kecalf": first names listed after relatives. */
const relativesBefore =
  /\b(?:sons|daughters|children|brothers|sisters|grandchildren|grandsons|granddaughters|siblings)\s+(?:\p{Lu}[\p{L}'’-]*,?\s+)*(?:and\s+)?$/u;

/** "her son Scott, her daughter Missy", "their nine-month-old child, Gloria": a relative's name. */
export const relativeBefore =
  /\b(?:son|daughter|child|baby|wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece|cousin|widow),?\s+$/u;

/** A transcript's label after a first name: "Jason, protester: “…”" gives who and what they are. */
export const labelAfterName = /^,\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s*:/u;

/** Whether the words around a one-word name make it a person's first name, and what they say. */
export function firstNameAlone(
  name: string,
  before: string,
  after: string,
): { kind: 'person'; description?: Description } | undefined {
  if (relativesBefore.test(before) || relativeBefore.test(before)) return { kind: 'person' };
  // "Honduras native, Carlos and his son", "Maria, 34,": a name used for one sex only.
  const given = genderOfGivenName(name);
  if (given && (firstNameAfter.test(after) || firstNameBefore.test(before)))
    return { kind: 'person', description: { gender: given } };
  // "a lawyer named Samantha", "a voter who self-identified as Jamie": any given name.
  if (isGivenName(name) && namedBefore.test(before)) return { kind: 'person' };
  if (isGivenName(name) && labelAfterName.test(after)) return { kind: 'person' };
  return undefined;
}
