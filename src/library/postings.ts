/**
 * A word's documents in one field: `pairs[2i]` is the i-th document, `pairs[2i + 1]` how often the
 * word occurs in it. One typed array per list rather than two growing JS arrays: at 10,000
 * briefings the arrays held ~29 MB, and the copies left behind as they grew were the bulk of the
 * garbage a start-up promoted to the old heap (~50 MB), kept as resident memory afterwards.
 */
export interface Postings {
  pairs: Int32Array;
  size: number;
}

/** Adds a document's count to a list, growing it if full. */
export function append(list: Postings, doc: number, freq: number): void {
  const at = list.size * 2;
  if (at + 2 > list.pairs.length) {
    // A long list grows by a quarter, not double: lists loaded from a snapshot are exactly full,
    // and doubling the longest on the first edit after a restart copied and added ~200 MB.
    const length = list.pairs.length;
    const grown = new Int32Array(
      length < 8192 ? Math.max(4, length * 2) : 2 * Math.ceil(length * 0.625),
    );
    grown.set(list.pairs);
    list.pairs = grown;
  }
  list.pairs[at] = doc;
  list.pairs[at + 1] = freq;
  list.size++;
}

/**
 * Whether a word's lists hold a document, in any field: a binary search of each, as postings
 * are in ascending document order (ordinals only grow, and compaction keeps their order).
 */
export function holdsDoc(lists: readonly (Postings | undefined)[] | undefined, doc: number) {
  for (const list of lists ?? []) if (list && listHolds(list, doc)) return true;
  return false;
}

/** Whether one list holds a document: a binary search, as its documents are in ascending order. */
export function listHolds(list: { pairs: ArrayLike<number>; size: number }, doc: number): boolean {
  let low = 0;
  let high = list.size - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list.pairs[2 * middle] as number;
    if (at === doc) return true;
    if (at < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Per word, per field: the documents holding it and how often. A Map, or a snapshot's lists
 * made as they are read (see saved-postings.ts).
 */
export interface PostingMap extends Iterable<[string, (Postings | undefined)[]]> {
  get(word: string): (Postings | undefined)[] | undefined;
  has(word: string): boolean;
  set(word: string, lists: (Postings | undefined)[]): unknown;
  delete(word: string): boolean;
  keys(): Iterable<string>;
}
