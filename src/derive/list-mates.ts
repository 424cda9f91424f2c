import type { EntityBook } from './entity-book.ts';
import { findNames } from './find-names.ts';
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
