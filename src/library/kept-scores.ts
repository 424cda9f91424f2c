import { orderTerm, reservedScores, type TermScores } from './term-scores.ts';

/**
 * Common words whose scores are kept, most recently searched: about 1.4 MB each at 100,000
 * briefings. Enough for the words of a day's searches; a word dropped costs one scan to rebuild.
 */
export const KEPT_WORDS = 32;

/**
 * Common words' scores (term-scores.ts), kept until the index next changes (any change moves
 * every score), at most KEPT_WORDS of them. `build` sums a word's scores, in a dropped word's
 * arrays when there is one; `size` is the index's length in documents.
 */
export function createKeptScores(
  build: (word: string, spare: TermScores | undefined) => TermScores,
  size: () => number,
) {
  const kept = new Map<string, TermScores>();
  /**
   * Arrays of words no longer kept, to build the next common word's scores in (see termScores):
   * at most KEPT_WORDS of them, so the scores never hold more than twice what is kept.
   */
  const spare: TermScores[] = [];
  /** Words dropped during the current search: reused only once that search is done with them. */
  const dropped: TermScores[] = [];
  /**
   * Words first searched since the event loop was last idle: their orders for the threshold walk
   * are made then, between requests, rather than in the next search of the word (ordering is
   * about half a word's first search). Looked up by word when the time comes, as a word dropped
   * meanwhile has handed its arrays on to another.
   */
  const unordered = new Set<string>();
  const orderAll = () => {
    for (const word of unordered) {
      const scores = kept.get(word);
      if (scores) orderTerm(scores, size());
    }
    unordered.clear();
  };
  /** What is being reserved: words, and documents per word (see `reserve`); none if nothing. */
  let reserving: { words: number; capacity: number } | undefined;
  const reserveOne = () => {
    if (reserving === undefined) return;
    // Arrays made for a smaller index are no use to the next word: let them go.
    for (let i = spare.length - 1; i >= 0; i--)
      if ((spare[i] as TermScores).scores.length < size()) spare.splice(i, 1);
    if (kept.size + spare.length >= reserving.words) {
      reserving = undefined;
      return;
    }
    spare.push(reservedScores(size(), reserving.capacity));
    setImmediate(reserveOne).unref();
  };
  const orderWhenIdle = (word: string) => {
    // The first word waiting asks for the turn; the rest wait with it.
    if (unordered.size === 0) setImmediate(orderAll).unref();
    unordered.add(word);
  };

  return {
    /**
     * A word's scores, built if not kept; with `ordered`, a word searched before also has its
     * documents ordered for the threshold walk (made when the event loop is next idle after its
     * first search, or else now).
     */
    get(word: string, ordered = false): TermScores {
      const found = kept.get(word);
      if (found) {
        kept.delete(word);
        kept.set(word, found);
        if (ordered) orderTerm(found, size());
        return found;
      }
      const scores = build(word, spare.pop());
      if (kept.size >= KEPT_WORDS) {
        const oldest = kept.keys().next().value ?? '';
        const old = kept.get(oldest);
        if (old) dropped.push(old);
        kept.delete(oldest);
      }
      kept.set(word, scores);
      if (ordered) orderWhenIdle(word);
      return scores;
    },
    /** Once a search is done: a word dropped while it ran may have been one of its own. */
    searched(): void {
      for (const old of dropped.splice(0)) if (spare.length < KEPT_WORDS) spare.push(old);
    },
    /**
     * Makes arrays for up to `words` words ahead of their first search, one word per idle turn,
     * for up to `capacity` documents and written once (see `reservedScores`): words built later
     * take them as they take a dropped word's. Counting the words kept, so no more arrays are
     * held than the kept words reach in a bot that has been searched for a while.
     */
    reserve(words: number, capacity: number): void {
      const idle = reserving === undefined;
      reserving = { words: Math.min(words, KEPT_WORDS), capacity };
      if (idle) setImmediate(reserveOne).unref();
    },
    /** Drops every word's scores: the index changed. */
    clear(): void {
      for (const scores of kept.values()) if (spare.length < KEPT_WORDS) spare.push(scores);
      kept.clear();
    },
  };
}
