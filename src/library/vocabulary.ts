import { editDistanceWithin } from './edit-distance.ts';

/** A word near a query word: longer with it as a prefix, or within the allowed edits. */
export interface NearWord {
  word: string;
  /** True for a longer word that starts with the query word. */
  prefix: boolean;
  /** Letters added (prefix), or edits (typo). */
  distance: number;
}

// MiniSearch's weights for a prefix and a typo, so that scores match it.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The index of the first word in `sorted` not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index's words kept sorted, so that a loose search finds a word's near spellings without
 * comparing it with every word: reading all 100,000 words of an archive of 100,000 briefings, an
 * edit distance for each one of similar length, cost about 7 ms per query word. A word within one
 * edit either starts with the same letter (a range of the sorted words) or differs in its first
 * letter only by an edit there, and those few spellings are looked up directly. More edits than
 * one fall back to reading every word.
 *
 * Sorted lazily, at the first loose search, and then kept sorted as words are added; `reset`
 * (a compaction, which removes words) sorts again at the next.
 */
export function createVocabulary(words: () => Iterable<string>, has: (word: string) => boolean) {
  let sorted: string[] | undefined;
  /** The first letters that words begin with (code units, as edit distances count them). */
  let initials: Set<string> | undefined;

  function ready(): string[] {
    if (sorted === undefined) {
      sorted = [...words()].sort();
      initials = new Set(sorted.map((word) => word.charAt(0)));
    }
    return sorted;
  }

  function near(term: string, prefix: boolean, fuzzy: number): NearWord[] {
    const found: NearWord[] = [];
    const consider = (word: string) => {
      if (word === term) return;
      if (prefix && word.startsWith(term)) {
        found.push({ word, prefix: true, distance: word.length - term.length });
        return;
      }
      if (fuzzy <= 0) return;
      const distance = editDistanceWithin(term, word, fuzzy);
      if (distance !== undefined) found.push({ word, prefix: false, distance });
    };
    if (fuzzy > 1) {
      for (const word of words()) consider(word);
      return found;
    }
    const all = ready();
    // Prefix matches, and a typo anywhere after the first letter, start with the same letter.
    const first = term.charAt(0);
    const code = first.charCodeAt(0);
    const from = lowerBound(all, first);
    const to = code === 0xffff ? all.length : lowerBound(all, String.fromCharCode(code + 1));
    if (fuzzy === 0) {
      for (let i = lowerBound(all, term); i < to && (all[i] as string).startsWith(term); i++)
        consider(all[i] as string);
      return found;
    }
    for (let i = from; i < to; i++) consider(all[i] as string);
    // A typo in the first letter: it dropped, replaced, or another letter before it.
    const rest = term.slice(1);
    const spellings = new Set<string>(rest.length > 0 && rest.charAt(0) !== first ? [rest] : []);
    for (const initial of initials ?? []) {
      if (initial === first) continue;
      spellings.add(initial + rest);
      spellings.add(initial + term);
    }
    for (const word of spellings) if (has(word)) consider(word);
    return found;
  }

  return {
    near,
    /** The words near a query word (see `near`), each with the weight MiniSearch gives it. */
    weighted(term: string, prefix: boolean, fuzzy: number): [string, number][] {
      return near(term, prefix, fuzzy).map(({ word, prefix: longer, distance }) => {
        const weight = longer ? PREFIX_WEIGHT : FUZZY_WEIGHT;
        const spread = longer ? 0.3 * distance : distance;
        return [word, (weight * word.length) / (word.length + spread)];
      });
    },
    /** Every word that begins with `prefix` (itself included, if indexed), in sorted order. */
    *startingWith(prefix: string): Generator<string> {
      const all = ready();
      for (let i = lowerBound(all, prefix); i < all.length; i++) {
        const word = all[i] as string;
        if (!word.startsWith(prefix)) return;
        yield word;
      }
    },
    /** A word new to the index. */
    added(word: string): void {
      if (sorted === undefined) return;
      sorted.splice(lowerBound(sorted, word), 0, word);
      initials?.add(word.charAt(0));
    },
    /** Words were removed: sort again when next needed. */
    reset(): void {
      sorted = undefined;
      initials = undefined;
    },
  };
}
