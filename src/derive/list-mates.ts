import type { EntityBook } from './entity-book.ts';
import { findNames, type NameChunk } from './find-names.ts';
import type { Sentence } from './sentences.ts';

/** What stands between two names of one list: "A, B", "A, B, and C", "A and B". */
const listGap = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens made attempts": a name listed with two people
 * or more, and with nothing but names in the list, is a person too, though its own words are common
 * English ("Dries") and the story gives it no title.
 */
export function confirmListMates(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    const chunks = findNames(sentence.masked);
    let run: string[] = [];
    const settle = () => {
      const people = run.map((name) => book.lookup(name).find((e) => e.kind === 'person'));
      if (run.length >= 3 && people.every((p) => p !== undefined)) {
        const sure = people.filter((p) => !p?.unconfirmed).length;
        if (sure >= 2) for (const p of people) if (p) delete p.unconfirmed;
      }
      run = [];
    };
    chunks.forEach((chunk, i) => {
      const previous = chunks[i - 1];
      const joined =
        previous !== undefined &&
        !previous.possessive &&
        listGap.test(sentence.masked.slice(previous.end, chunk.from));
      if (!joined) settle();
      run.push(chunk.name);
    });
    settle();
  }
}

/** "cities such as A, B and C", "towns including …": a list that says its members are places. */
const placesIntroduced =
  /\b(?:cities|towns|villages|places|areas|regions|provinces|states|countries|communities|districts|municipalities|islands),?\s+(?:such\s+as|like|including)\s+(?:the\s+)?$/u;
/** "the A, B and C Regions", "A, B and C provinces": a list that a plural place word closes. */
const placesClosed =
  /^\s*(?:Regions|Provinces|Counties|States|Districts|Islands|regions|provinces|counties|states|districts|islands|municipalities)\b/u;

/**
 * "in cities such as Valparaíso, Viña del Mar and Talca", "the Valparaíso, Santiago Metropolitan
 * and Maule Regions": a name in a list of three or more whose words say it is a list of places,
 * or where most names are places the story already knows, is a place too, though its own words
 * ("Viña del Mar") looked like a person's. A name the story gives a role, an organisation or a
 * gender stays a person.
 */
export function placeListMates(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    const { masked } = sentence;
    const chunks = findNames(masked);
    let run: NameChunk[] = [];
    const settle = () => {
      const first = run[0];
      const last = run.at(-1);
      if (run.length >= 3 && first && last) {
        // "…, New York, Ahmadinejad stated": only a list closed by "and" is one; a name after a
        // comma may open the clause.
        const closedByAnd = /\band\s+$/u.test(masked.slice(run.at(-2)?.end ?? 0, last.from));
        const kinds = run.map((c) => book.lookup(c.name)[0]?.kind);
        const places = kinds.filter((k) => k === 'place').length;
        const closing =
          placesClosed.test(masked.slice(last.end)) ||
          /\s(?:Regions|Provinces|Counties|Districts)$/u.test(last.name);
        if (
          placesIntroduced.test(masked.slice(0, first.from)) ||
          closing ||
          (places * 2 > run.length && closedByAnd)
        ) {
          for (const chunk of run) {
            for (const e of book.lookup(chunk.name).filter((e) => e.name === chunk.name)) {
              const bare = !e.role && !e.organisation && !e.gender && chunk.titles.length === 0;
              if (e.kind === 'person' && bare) book.retype(e, 'place');
            }
          }
        }
      }
      run = [];
    };
    chunks.forEach((chunk, i) => {
      const previous = chunks[i - 1];
      const joined =
        previous !== undefined &&
        !previous.possessive &&
        listGap.test(masked.slice(previous.end, chunk.from));
      if (!joined) settle();
      run.push(chunk);
    });
    settle();
  }
}
