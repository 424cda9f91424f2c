import type { Entity, EntityBook } from './entity-book.ts';
import { articledSurname } from './name-run.ts';
import { particles, regnalNumber } from './name-words.ts';

/*
 * Whether a name is a person already met under another form: the same first and last word, a
 * surname spelt one letter apart, and the parts of a name that may stand alone.
 */

/** The person named earlier with the same first and last word, one name having a middle word. */
export function sameEnds(book: EntityBook, name: string): Entity | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  return book.all().find((e) => {
    const other = e.name.split(/\s+/);
    return (
      e.kind === 'person' &&
      Math.abs(other.length - words.length) === 1 &&
      Math.min(other.length, words.length) === 2 &&
      other[0] === words[0] &&
      other.at(-1) === words.at(-1)
    );
  });
}

/**
 * "Ahmed Shafiq" after "Ahmed Shafik", "Abdourahim Said Bacar" after "Abdourahim Said Bakar": the
 * same given names with a surname one letter away from the other's is the same person spelt two
 * ways, as "Kufor" is of "John Kufuor".
 */
export function misspeltSurname(book: EntityBook, name: string): Entity | undefined {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length < 2 || last.length < 5) return undefined;
  const given = words.slice(0, -1).join(' ');
  return book.all().find((e) => {
    const other = e.name.split(/\s+/);
    const surname = other.at(-1) ?? '';
    return (
      e.kind === 'person' &&
      other.length === words.length &&
      other.slice(0, -1).join(' ') === given &&
      surname[0] === last[0] &&
      oneLetterApart(surname, last)
    );
  });
}

/**
 * Letters that transliterations from other scripts write either way: a voiced consonant and its
 * voiceless pair, `i` and `y`, `c` and `k` or `s`. "Ardzvik" and "Artsvik" are one Armenian name.
 */
const respellings = new Set(['d:t', 'z:s', 'g:k', 'b:p', 'v:f', 'y:i', 'k:c', 's:c', 'j:y']);

/** Whether two words of one length differ only in one or two letters transliterated two ways. */
function respelt(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b || a[0] !== b[0]) return false;
  let changes = 0;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] ?? '').toLowerCase();
    const y = (b[i] ?? '').toLowerCase();
    if (x === y) continue;
    if (!respellings.has(`${x}:${y}`) && !respellings.has(`${y}:${x}`)) return false;
    changes++;
  }
  return changes <= 2;
}

/**
 * "Ardzvik Minasyan" after "Artsvik Minasyan": the same surname after a given name transliterated
 * another way is the same person; a blogger quoted in a post spells a name as they hear it. Only
 * letters that sound alike may differ, so "Daniel" and "Danilo" stay two people.
 */
export function respeltGivenName(book: EntityBook, name: string): Entity | undefined {
  const words = name.split(/\s+/);
  if (words.length !== 2) return undefined;
  return book.all().find((e) => {
    const other = e.name.split(/\s+/);
    return (
      e.kind === 'person' &&
      other.length === 2 &&
      other[1] === words[1] &&
      respelt(other[0] ?? '', words[0] ?? '')
    );
  });
}

/**
 * "Kufor" after "John Kufuor", "Talibani" after "Jalal Talabani", "Hodrick" after "Lena Hordick":
 * a surname one letter away from the surname of someone the story named in full, or with two
 * letters next to each other swapped, is a misspelling of it. Short names are left alone, as
 * one letter tells them apart ("Kim", "Lim").
 */
export function misspelt(book: EntityBook, name: string): Entity | undefined {
  if (name.length < 5) return undefined;
  return book.all().find((e) => {
    const surname = e.kind === 'person' && /\s/.test(e.name) ? partsOf(e).at(-1) : undefined;
    return (
      surname !== undefined &&
      surname[0] === name[0] &&
      (oneLetterApart(surname, name) || swapped(surname, name))
    );
  });
}

/**
 * "Amuary" after "Amaury Sport Organisation": a one-word name of five letters or more that is the
 * first word of a body's name spelt one letter apart, or with two letters swapped, is that body.
 */
export function misspeltBody(book: EntityBook, name: string): Entity | undefined {
  if (name.length < 5) return undefined;
  return book.all().find((e) => {
    const first = e.kind === 'organisation' && /\s/.test(e.name) ? e.name.split(/\s+/)[0] : '';
    return (
      first !== undefined &&
      first.length >= 5 &&
      first[0] === name[0] &&
      (oneLetterApart(first, name) || swapped(first, name))
    );
  });
}

/** Whether two words differ by two letters next to each other written the other way round. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Whether two words differ by one letter changed, added or dropped. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/**
 * The name a story uses for a person after the first mention: a part it already used alone, else
 * the family name, which East Asian names put first ("Shin Won-sik" → Shin).
 */
export function shortName(person: Entity): string | undefined {
  const parts = nameParts(person.name);
  if (parts.length < 2) return undefined;
  const used = parts.find((part) => person.aliases.includes(part));
  if (used) return used;
  const last = parts.at(-1) ?? '';
  return /-\p{Ll}/u.test(last) ? parts[0] : last;
}

/** Each person's name parts, worked out once per person (and dropped with the person). */
const partsByPerson = new WeakMap<Entity, string[]>();

export function partsOf(person: Entity): string[] {
  let found = partsByPerson.get(person);
  if (!found) {
    found = nameParts(person.name);
    partsByPerson.set(person, found);
  }
  return found;
}

/** The parts of a personal name that may stand alone ("Kim", "Jong", "Un"; "Leif-Eric", "Easley"). */
function nameParts(name: string): string[] {
  // "Abdel Fattah el-Sissi": a surname behind an Arabic article is a part, and the short name.
  // "Ptolemy II": a monarch's number never stands alone for him. "d'Escoto" stands for "Miguel
  // d'Escoto Brockmann".
  return name
    .split(/\s+/)
    .filter(
      (part) => (/^\p{Lu}/u.test(part) || articledSurname.test(part)) && !regnalNumber.test(part),
    );
}

/** A name with its particles in lower case ("Humberto De La Calle" as "Humberto de la Calle"). */
export function lowerParticles(name: string): string {
  return name
    .split(' ')
    .map((word) => (particles.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(' ');
}
