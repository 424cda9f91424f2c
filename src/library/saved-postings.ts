import type { PostingMap, Postings } from './postings.ts';

type Lists = (Postings | undefined)[];

/**
 * A snapshot's posting lists, each word's made the first time it is read. A restart at 100,000
 * briefings loads two snapshots with about 216,000 lists between them: made all at once, each
 * list's view into the integers, its object and each word's array were about 650,000 objects
 * and about 0.3 s of the start with the collections they caused, while a search reads a few
 * words' lists. Reading every entry (a compaction, a snapshot's write) makes every word's.
 *
 * `lists` holds three numbers per list (its word's place in `words`, its field, its length) as
 * the snapshot's header does, a word's lists one after another; `offsets` where each list's pairs
 * start in `integers`; `firstList` each word's first list.
 */
export class SavedPostings implements PostingMap {
  readonly #made = new Map<string, Lists>();
  readonly #unread: Map<string, number>;
  readonly #lists: Int32Array;
  readonly #offsets: Int32Array;
  readonly #integers: Int32Array;

  constructor(
    lists: Int32Array,
    offsets: Int32Array,
    integers: Int32Array,
    firstList: Map<string, number>,
  ) {
    this.#lists = lists;
    this.#offsets = offsets;
    this.#integers = integers;
    this.#unread = firstList;
  }

  get(word: string): Lists | undefined {
    return this.#made.get(word) ?? this.#make(word);
  }

  has(word: string): boolean {
    return this.#made.has(word) || this.#unread.has(word);
  }

  set(word: string, lists: Lists): this {
    this.#unread.delete(word);
    this.#made.set(word, lists);
    return this;
  }

  delete(word: string): boolean {
    const unread = this.#unread.delete(word);
    return this.#made.delete(word) || unread;
  }

  /** Every word, without making its lists (a word read meanwhile is still given once). */
  *keys(): Generator<string> {
    yield* this.#made.keys();
    yield* this.#unread.keys();
  }

  [Symbol.iterator](): Iterator<[string, Lists]> {
    for (const word of [...this.#unread.keys()]) this.#make(word);
    return this.#made.entries();
  }

  #make(word: string): Lists | undefined {
    const first = this.#unread.get(word);
    if (first === undefined) return undefined;
    const lists = this.#lists;
    const made: Lists = [];
    const term = lists[3 * first];
    // Past the last list, `lists[3 * j]` is undefined, which ends the word's lists as well.
    for (let j = first; lists[3 * j] === term; j++) {
      const field = lists[3 * j + 1] as number;
      const size = lists[3 * j + 2] as number;
      const at = this.#offsets[j] as number;
      made[field] = { pairs: this.#integers.subarray(at, at + size * 2), size };
    }
    this.#unread.delete(word);
    this.#made.set(word, made);
    return made;
  }
}
