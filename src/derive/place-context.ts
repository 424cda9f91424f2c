import type { EntityBook } from './entity-book.ts';
import { countryOf } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { placeEnds, placeStarts, usStateAbbreviations, usStates } from './name-words.ts';

/*
 * The words around a name that say it names a place: a preposition of place before it, a place
 * noun after it, a place noun that governs it. Read by name-evidence.ts.
 */

// "according to Putin" names a source, not where someone went.
export const placePreposition =
  /\b(?:in|at|from|near|(?<!\baccording\s)to|across|around|outside|inside|into)\s+(?:the\s+)?$/u;

/**
 * "Svay Rieng province", "the Tuol Sleng prison": a place noun right after a name; so is a noun
 * that the place qualifies ("the Cedar Rapids area", "Des Moines residents"), as no person does.
 */
export const placeNounAfter =
  /^\s+(?:province|district|region|prefecture|county|state|city|town|village|camp|prison|airport|port|valley|river|island|lake|square|street|border|neighbourhood|neighborhood|suburb|area|residents|metro|suburbs|outskirts|site|landfill)\b/u;

/**
 * "Jupiter's Ganymede", "the moon Titan", "the crater Gale": a name a planet owns, or that a word
 * for a body in the sky or on it names, is a place; no person is a planet's.
 */
export const skyBefore =
  /(?:\b(?:Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)[’']s?\s+|\b(?:moon|planet|dwarf planet|asteroid|comet|crater|nebula)\s+)$/u;

/** "the capital of Banda Aceh", "towns, like X": a place noun that governs a name. */
export const placeOfBefore =
  /(?:\b(?:capital|city|town|village|province|region|district|county|island|port|state)\s+of\s+(?:the\s+)?|\b(?:towns|cities|villages|places|areas|regions),?\s+(?:like|such\s+as)\s+)$/u;

/** What placesByName reads of a sighting (name-evidence.ts's `Sighting`). */
interface NamedSighting {
  chunk: { name: string };
  after: string;
}

/**
 * "Banda Aceh" after "Aceh province": a name that ends in a word the story calls a place by a place
 * noun is a place too, whatever else made it look like a person.
 */
export function placesByName(book: EntityBook, sightings: readonly NamedSighting[]): void {
  const places = new Set(
    sightings
      .filter((s) => !/\s/.test(s.chunk.name) && placeNounAfter.test(s.after))
      .map((s) => s.chunk.name),
  );
  // "Govan Mbeki Village … Govan Mbeki is overcrowded": the name of a place that ends in a place
  // word, written without it, is still the place.
  const namedFor = new Set(
    sightings.flatMap((s) => {
      const words = s.chunk.name.split(/\s+/);
      return words.length > 2 && placeEnds.has(words.at(-1) ?? '')
        ? [words.slice(0, -1).join(' ')]
        : [];
    }),
  );
  for (const entity of book.all()) {
    if (entity.kind !== 'person' || entity.role) continue;
    const words = entity.name.split(/\s+/);
    const last = words.at(-1) ?? '';
    if (words.length > 1 && places.has(last)) book.retype(entity, 'place');
    else if (namedFor.has(entity.name) && entity.gender === undefined) book.retype(entity, 'place');
  }
}

/**
 * "In Cedar Rapids, …", "at Glasgow Green", "near Ann Arbour": a preposition of where something
 * is, at any case, before a name of several words. "from" and "to" are left out, as news writes "a
 * letter from Jane Doe" and "told to John Doe" as often as of places.
 */
const whereBefore = /(?:^|\b)(?:in|at|near|outside|inside|around)\s+(?:the\s+)?$/iu;

/**
 * "La Plata, Argentina", "Cedar Rapids, Iowa, was": a name followed by a comma and a country or a
 * US state, ending there, is a town in it. "Kim, North Korea's envoy" is a person: the country
 * owns the words after it.
 */
const inCountryAfter = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=\s*(?:[,.;:)]|$))/u;

/**
 * Whether the words around a name of several words, with no title before it, make it a place. A
 * name that opens with a known given name is not read by the comma: lists of readers and voters
 * give each one's state ("Maria Lopez, Texas, and Tom Hale, Ohio").
 */
export function placeByContext(before: string, after: string, givenFirst: boolean): boolean {
  if (whereBefore.test(before)) return true;
  const region = givenFirst ? undefined : inCountryAfter.exec(after)?.[1];
  if (!region) return false;
  return (
    usStates.has(region) ||
    usStateAbbreviations.has(region.replace(/\.$/u, '')) ||
    countryOf(region) !== undefined
  );
}

/**
 * "Pioneer Square", "Port Elizabeth": a name that ends in a place's or building's word, or opens
 * on a place's first word, names a place; but "coach Bruce Arena", "Mayor Grace Hall": a given
 * name and one word behind a role (`roleBefore`) or a title is a person, whatever the word names
 * elsewhere.
 */
export function placeByShape(
  words: readonly string[],
  titled: boolean,
  roleBefore: boolean,
): boolean {
  if (words.length < 2) return false;
  const held = words.length === 2 && isGivenName(words[0] ?? '') && (roleBefore || titled);
  if (placeEnds.has(words.at(-1) ?? '') && !held) return true;
  return words.length <= 3 && placeStarts.has(words[0] ?? '') && !titled;
}
