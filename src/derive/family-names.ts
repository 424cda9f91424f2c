import type { Entity, EntityBook } from './entity-book.ts';
import { isGivenName } from './given-names.ts';
import type { Sentence } from './sentences.ts';

/** "The Breisch family", "the Jarju siblings": a surname the story gives a whole family. */
const familyOf =
  /\b[Tt]he (\p{Lu}\p{Ll}[\p{L}'’-]*) (?:family|families|siblings|brothers|sisters|couple|children|household)\b/gu;

const kin =
  'son|daughter|father|mother|brother|sister|sibling|wife|husband|child|grandson|granddaughter|grandfather|grandmother|uncle|aunt|cousin|dad|mum|mom';

/** Words of a description that make someone a member of a family ("younger son", "Jai's father"). */
const relative = new RegExp(String.raw`\b(?:${kin}|\d+-year-old)\b`, 'iu');

/**
 * "Cohen's mother, Ruth,", "Lori Hale, whose 16-year-old daughter, Mia, …": a relative named by a
 * given name alone right after the surname that owns them. Up to two words may describe the
 * relative ("younger", "16-year-old"); a capital after the given name would make it a full name.
 */
const ownedKin = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}'’-]+)(?:[’']s|,\s+whose)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:${kin})(?:,\s*|\s+)(\p{Lu}\p{Ll}+)\b(?![’'\s]+\p{Lu})`,
  'gu',
);

/**
 * "The Breisch family … Younger son Jai … Jai's father Stu": when a story names one family by its
 * surname and then its members by their first names, each member's name is the first name and the
 * family's surname, as a reader would write it. Only a one-word name that is a known given name or
 * is described as a relative takes the surname, so a surname used alone ("Bush") keeps its own.
 */
export function nameFamilies(book: EntityBook, sentences: readonly Sentence[]): void {
  kinBySurname(book, sentences);
  const surnames = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.masked.matchAll(familyOf)) if (m[1]) surnames.add(m[1]);
  }
  if (surnames.size !== 1) return;
  const [surname] = [...surnames] as [string];
  for (const person of book.all()) {
    if (isFirstNameOnly(person, surname)) {
      const first = person.name;
      person.name = `${first} ${surname}`;
      book.alias(person, first);
    }
  }
}

function isFirstNameOnly(person: Entity, surname: string): boolean {
  if (person.kind !== 'person' || /\s/.test(person.name) || person.name === surname) return false;
  return isGivenName(person.name) || relative.test(person.role ?? '');
}

/**
 * "Cohen's mother, Ruth, said …" after "Ted Cohen": a relative a person's surname owns, named by a
 * given name alone, is written with that surname, as a reader would name her; the given name stays
 * an alias, as the story uses it alone.
 */
function kinBySurname(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const m of sentence.masked.matchAll(ownedKin)) {
      const [, surname = '', given = ''] = m;
      const owner = book.all().some((e) => e.kind === 'person' && e.name.endsWith(` ${surname}`));
      if (!owner || given === surname) continue;
      const person = book.lookup(given).find((e) => e.kind === 'person' && e.name === given);
      if (!person || !isGivenName(given)) continue;
      person.name = `${given} ${surname}`;
      book.alias(person, given);
    }
  }
}
