import type { Entity, Gender } from './entity-book.ts';

/** Role nouns that say whether the one who holds them is a woman or a man. */
const female = new Set(
  'mother wife daughter sister grandmother granddaughter aunt niece girlfriend fiancee widow woman girl'.split(
    ' ',
  ),
);
const male = new Set(
  'father husband son brother grandfather grandson uncle nephew boyfriend fiance widower man boy'.split(
    ' ',
  ),
);

/** The gender a role noun gives the one who holds it ("the mother"), if it gives one. */
export function roleGender(head: string): Gender | undefined {
  const word = head.toLowerCase();
  if (female.has(word)) return 'female';
  if (male.has(word)) return 'male';
  return undefined;
}

/**
 * "The father said … The mother said …": the last subject the role can fit. A role that names a
 * woman is never given to a man, nor the other way round, and someone the story already called by
 * another such role ("another brother", "the father") does not take this one.
 */
export function lastFitting(subjects: readonly Entity[], head: string): Entity | undefined {
  const gender = roleGender(head);
  if (!gender) return subjects.at(-1);
  return [...subjects].reverse().find((p) => {
    const other = [p.name, ...p.aliases]
      .map((name) => (name.split(/\s+/).at(-1) ?? '').toLowerCase())
      .some((word) => roleGender(word) !== undefined && word !== head.toLowerCase());
    return !other && (p.gender === undefined || p.gender === gender);
  });
}

/**
 * `Jazz Nantu … He said …`: a pronoun that says something, when no one in the story is known to
 * be of its sex, goes to the last subject whose sex was only what their given name most often is.
 * The story's pronoun is the better evidence, and from then on it is theirs.
 */
export function overrulesGivenName(
  subjects: readonly Entity[],
  gender: Gender | undefined,
  everyone: readonly Entity[],
  after: string,
): Entity | undefined {
  const last = subjects.at(-1);
  if (!last?.genderByName || !gender) return undefined;
  if (!/^\s+(?:said|says|told|tells|added|adds|explained|explains)\b/u.test(after))
    return undefined;
  if (everyone.some((e) => e.kind === 'person' && e.gender === gender)) return undefined;
  last.gender = gender;
  last.genderByName = false;
  return last;
}

/** A pronoun that fits someone gives them its sex, or confirms the one their given name gave. */
export function confirmGender(person: Entity, gender: Gender): void {
  person.gender ??= gender;
  if (person.gender === gender) person.genderByName = false;
}
