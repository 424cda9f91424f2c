import type { Entity, EntityBook } from './entity-book.ts';
import { shipPrefixes } from './military-units.ts';

/**
 * Ships named after people. Navies name ships after presidents and admirals ("USS George
 * Washington", "USS Ronald Reagan"), and a story that gives the prefix once goes on without it
 * ("Chiefs assigned to George Washington", "Ronald Reagan's hangar bay"). Once the story has
 * named the ship with its prefix, the same name without one is the ship, not the person it
 * honours, unless a title or a role says a person is meant ("President Ronald Reagan").
 */
export function shipsByName(book: EntityBook, titled: ReadonlySet<string>): void {
  const ships = new Map<string, Entity>();
  for (const entity of book.all()) {
    const words = entity.name.split(/\s+/);
    if (entity.kind !== 'organisation' || words.length < 2) continue;
    if (shipPrefixes.has(words[0] ?? '')) ships.set(words.slice(1).join(' '), entity);
  }
  if (ships.size === 0) return;
  for (const entity of book.all()) {
    const ship = ships.get(entity.name);
    if (entity.kind !== 'person' || !ship || entity.role || titled.has(entity.name)) continue;
    book.retype(entity, 'organisation');
    book.alias(ship, entity.name);
  }
}
