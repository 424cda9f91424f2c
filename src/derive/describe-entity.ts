import { normalizeName } from '../content/normalize.ts';
import { isCommonWord } from './common-words.ts';
import { type Description, genderOf } from './describe-person.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { NameChunk } from './find-names.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import { titleGender } from './name-evidence.ts';
import { capitalise, institutions } from './name-words.ts';

/**
 * Gives a person what a sighting said of them: a role, the body they work for, a gender, and the
 * role as another name for them ("the foreign minister").
 */
export function describe(book: EntityBook, entity: Entity, d: Description, chunk: NameChunk): void {
  if (entity.kind !== 'person') return;
  if (d.role && !entity.role) entity.role = capitalise(d.role.replace(/\s+/g, ' '));
  if (d.organisation && !entity.organisation) {
    const org = d.organisation;
    if (
      book.lookup(org).some((e) => e.kind === 'organisation') ||
      countryOf(org) ||
      /\s/.test(org)
    ) {
      entity.organisation = org;
    }
  }
  entity.gender ??=
    d.gender ?? titleGender(chunk.titles) ?? (d.role ? genderOf(d.role) : undefined);
  if (d.role) {
    const bare = bareRole(book, d.role);
    if (bare && bare !== d.role) book.alias(entity, d.role);
    // "Director" opening a sentence is "the director"; "Rohingya refugee" stays capitalised.
    const lower =
      /^\p{Lu}\p{Ll}/u.test(bare) && bare === d.role && isCommonWord(bare.split(' ')[0] ?? '');
    if (bare)
      book.alias(entity, `the ${lower ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare}`);
  }
}

/**
 * A role without the organisation or country that qualifies it, as a later sentence refers to the
 * person: "US secretary of state" → "secretary of state", "Seoul’s defence minister" → "defence
 * minister". A word capitalised only because it starts the sentence stays ("education secretary").
 */
function bareRole(book: EntityBook, role: string): string {
  const words = role.split(/\s+/);
  while (words.length > 1) {
    const word = (words[0] ?? '').replace(/[’']s$/, '');
    const qualifies =
      /[’']s$/.test(words[0] ?? '') ||
      /^\p{Lu}{2,}$/u.test(word) ||
      countryOf(word) !== undefined ||
      countryOfDemonym(word) !== undefined ||
      institutions.has(normalizeName(word)) ||
      book.lookup(word).some((e) => e.kind !== 'person');
    if (!qualifies) break;
    words.shift();
  }
  return words.join(' ');
}
