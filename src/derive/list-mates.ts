import type { EntityBook } from './entity-book.ts';
import { findNames, type NameChunk } from './find-names.ts';
import type { Sentence } from './sentences.ts';

/** What stands between two names of one list: "A, B", "A, B, and C", "A and B". */
const listGap = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** A sentence's names in runs, each run the names of one list (or a name standing alone). */
function listRuns(masked: string): NameChunk[][] {
  const runs: NameChunk[][] = [];
  let run: NameChunk[] = [];
  for (const chunk of findNames(masked)) {
    const previous = run.at(-1);
    const joined =
      previous !== undefined &&
      !previous.possessive &&
      listGap.test(masked.slice(previous.end, chunk.from));
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(chunk);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens made attempts": a name listed with two people
 * or more, and with nothing but names in the list, is a person too, though its own words are common
 * English ("Dries") and the story gives it no title.
 */
export function confirmListMates(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const run of listRuns(sentence.masked)) {
      if (run.length < 3) continue;
      const people = run.map((c) => book.lookup(c.name).find((e) => e.kind === 'person'));
      if (people.every((p) => p !== undefined)) {
        const sure = people.filter((p) => !p?.unconfirmed).length;
        if (sure >= 2) for (const p of people) if (p) delete p.unconfirmed;
      }
    }
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
    for (const run of listRuns(masked)) {
      const first = run[0];
      const last = run.at(-1);
      if (run.length < 3 || !first || !last) continue;
      // "…, New York, Ahmadinejad stated": only a list closed by "and" is one; a name after a
      // comma may open the clause.
      const closedByAnd = /\band\s+$/u.test(masked.slice(run.at(-2)?.end ?? 0, last.from));
      const kinds = run.map((c) => book.lookup(c.name)[0]?.kind);
      const places = kinds.filter((k) => k === 'place').length;
      const closing =
        placesClosed.test(masked.slice(last.end)) ||
        /\s(?:Regions|Provinces|Counties|Districts)$/u.test(last.name);
      if (
        !placesIntroduced.test(masked.slice(0, first.from)) &&
        !closing &&
        !(places * 2 > run.length && closedByAnd)
      )
        continue;
      for (const chunk of run) {
        for (const e of book.lookup(chunk.name).filter((e) => e.name === chunk.name)) {
          const bare = !e.role && !e.organisation && !e.gender && chunk.titles.length === 0;
          if (e.kind === 'person' && bare) book.retype(e, 'place');
        }
      }
    }
  }
}
