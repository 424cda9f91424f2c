import type { Entity, EntityBook } from './entity-book.ts';

/** The description of a speaker the story does not name ("a senior diplomat"). */
export const unnamed = 'Not named in the story';

/** Someone the story does not name, entered under the words that describe them. */
export function someoneUnnamed(book: EntityBook, description: string): Entity {
  const someone = book.add('group', description, Number.MAX_SAFE_INTEGER);
  someone.description ??= unnamed;
  return someone;
}

/**
 * `"…," said the source`: a source is whoever the story would not name, so never the last person
 * it did name. It is the source described before (`a senior military source told`), or someone
 * unnamed.
 */
export function theSource(book: EntityBook, written: string): Entity {
  const described = book
    .all()
    .filter((e) => e.kind === 'group' && /\bsource$/u.test(e.name))
    .at(-1);
  if (described) return described;
  return someoneUnnamed(book, written);
}

/** Nouns for a body that is no arm of a state: a government is never "the organization". */
const independentNouns = new Set([
  'organization',
  'organisation',
  'charity',
  'watchdog',
  'company',
  'firm',
]);
const stateBody =
  /\b(?:government|ministry|department|army|military|navy|police|court|parliament|administration|office|council|cabinet|enforcement|agency|bureau)\b/iu;

/**
 * The body "the company" or "the organization" stands for: the last body the story spoke of, but
 * for a word that names an independent body, the last named one that is no arm of a state
 * ("“…,” the organization said" after Reporters Without Borders and then "the government").
 */
export function theBodyOfItsKind(
  head: string,
  last: Entity,
  seen: ReadonlyMap<Entity, number>,
): Entity {
  // "ICE", the short name of a state's arm, is one by the name it was introduced with.
  const ofState = (e: Entity) => [e.name, ...e.aliases].some((n) => stateBody.test(n));
  if (!independentNouns.has(head) || !ofState(last)) return last;
  return latestBody(seen, (e) => !ofState(e)) ?? last;
}

/** The body named last of those `keep` accepts, by when each was last named (`seen`). */
export function latestBody(
  seen: ReadonlyMap<Entity, number>,
  keep: (body: Entity) => boolean = () => true,
): Entity | undefined {
  let latest: Entity | undefined;
  let at = -1;
  for (const [e, when] of seen)
    if (e.kind === 'organisation' && when > at && keep(e)) {
      latest = e;
      at = when;
    }
  return latest;
}
