import type { EntityBook } from './entity-book.ts';
import { countryOf } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { titles } from './name-words.ts';
import type { Sentence } from './sentences.ts';

/** "Mark and Leanne Doyle": two people who share the surname written once. */
export function splitCouples(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const m of sentence.masked.matchAll(
      /\b(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)\b/gu,
    )) {
      const [, first, second, surname] = m;
      if (!first || !second || !surname || book.lookup(first).length > 0) continue;
      // "the Muslim Brotherhood and Hosni Mubarak", "al-Shabab and Boko Haram": a first word that
      // ends another name is no given name shared with the surname after it.
      const before = /(\p{Lu}[\p{L}’'.]*)\s+$|[-’']$/u.exec(sentence.masked.slice(0, m.index));
      if (before && !titles.has(before[1] ?? '')) continue;
      const partner = book.lookup(`${second} ${surname}`).find((e) => e.kind === 'person');
      // "a statutory Literacy and Numeracy Framework": only a given name is shared with a surname.
      if (!partner || countryOf(first) || !isGivenName(first)) continue;
      const person = book.add('person', `${first} ${surname}`, partner.order - 1);
      book.alias(person, surname);
    }
  }
}
