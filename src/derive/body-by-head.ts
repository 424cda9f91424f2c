import type { Entity, EntityBook } from './entity-book.ts';
import { organisationHeads } from './name-words.ts';

/**
 * "the Commission said" after "Human Rights Commission of Pakistan": the word for what kind of
 * body it is, after "the", is the one body the story has named with that word in its name. With
 * two such bodies it could be either, so it stays a name of its own.
 */
export function bodyByHead(book: EntityBook, name: string, before: string): Entity | undefined {
  if (!organisationHeads.has(name) || !/\b[Tt]he\s+$/u.test(before)) return undefined;
  const bodies = book
    .all()
    .filter(
      (e) => e.kind === 'organisation' && e.name !== name && e.name.split(/\s+/).includes(name),
    );
  return bodies.length === 1 ? bodies[0] : undefined;
}
