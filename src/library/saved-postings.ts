import type { PostingMap, Postings } from './postings.ts';

type Lists = (Postings | undefined)[];

/**
 * A snapshot's posting lists, each word's made the first time it is read. A restart at 100,000
 * briefings loads two snapshots with about 216,000 lists between them: made all at once, each
 * list's view into the integers, its object and each word's array were about 650,000 objects
 * and about 0.3 s of the start with the collections they caused, while a search reads a few
 * words' lists. Reading every entry (a compaction, a snapshot's write) makes every word's.
 *
 * `lists` holds three numbers per list (its word's place in the header's words, its field, its
 * length) as the snapshot's header does, a word's lists one after another; `offsets` where each
 * list's pairs start in `integers`; `firstList` each word's first list (taken over).
 */
export function savedPostings(
  lists: Int32Array,
  offsets: Int32Array,
  integers: Int32Array,
  firstList: Map<string, number>,
): PostingMap {
  const made = new Map<string, Lists>();
  const unread = firstList;

  function make(word: string): Lists | undefined {
    const first = unread.get(word);
    if (first === undefined) return undefined;
    const byField: Lists = [];
    const term = lists[3 * first];
    // Past the last list, `lists[3 * j]` is undefined, which ends the word's lists as well.
    for (let j = first; lists[3 * j] === term; j++) {
      const field = lists[3 * j + 1] as number;
      const size = lists[3 * j + 2] as number;
      const at = offsets[j] as number;
      byField[field] = { pairs: integers.subarray(at, at + size * 2), size };
    }
    unread.delete(word);
    made.set(word, byField);
    return byField;
  }

  return {
    get: (word) => made.get(word) ?? make(word),
    has: (word) => made.has(word) || unread.has(word),
    set(word, byField) {
      unread.delete(word);
      made.set(word, byField);
    },
    delete(word) {
      const wasUnread = unread.delete(word);
      return made.delete(word) || wasUnread;
    },
    /** Every word, without making its lists (a word read meanwhile is still given once). */
    *keys() {
      yield* made.keys();
      yield* unread.keys();
    },
    [Symbol.iterator]() {
      for (const word of [...unread.keys()]) make(word);
      return made.entries();
    },
  };
}
