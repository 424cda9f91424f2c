import { bm25Points } from './bm25-formula.ts';
import { pageOfMatches, type Ranked } from './match-page.ts';
import type { FieldPostings, TermScores } from './term-scores.ts';

/**
 * An AND search whose words stand for several indexed words each (typos forgiven, endings
 * allowed) or mix common and rare words. Summing every posting of every word, as a plain scan
 * does, read about 450,000 postings for a misspelt two-word search at 100,000 briefings (7 ms at
 * the median). Here a common word brings its kept scores (term-scores.ts), whose documents are a
 * bit set; only rare words' postings are read. A query word matches a document if any of the
 * words it stands for does, so the documents matching the query are the AND, over query words,
 * of the OR of their words' bits; only those are scored. Each score is the same sum a scan adds
 * (word by word, times each word's weight), so the page is the one a scan gives.
 */

/** One indexed word a query word stands for. */
export type Stand =
  | { kind: 'common'; scores: TermScores; factor: number }
  /** A rare word's postings per field, each already scaled by its query word's weight. */
  | { kind: 'rare'; fields: FieldPostings[] };

/** Per document, the sum of its rare words' points, and which documents have one. */
let rareSums = new Float64Array(0);
let rareTouched = new Int32Array(0);
/** Where a search may only read documents still served (some were removed). */
type Live = Uint8Array | undefined;

/**
 * The `limit` best documents matching every query word (each a list of the words it stands for),
 * best first, ties by lower ordinal, and how many match in all. A score is multiplied by the
 * number of query words, as MiniSearch scores an AND match.
 */
export function bestOfExpanded(
  size: number,
  query: readonly (readonly Stand[])[],
  limit: number,
  live: Live,
): Ranked {
  const words = Math.ceil(size / 32);
  if (rareSums.length < size) {
    rareSums = new Float64Array(Math.ceil(size * 1.25));
    rareTouched = new Int32Array(rareSums.length);
  }
  let touched = 0;
  // One bit set per query word (12.5 kB at 100,000 documents): small enough to make afresh.
  const sets = query.map((stands) => {
    const set = new Uint32Array(words);
    for (const stand of stands) {
      if (stand.kind === 'common') {
        const present = stand.scores.present;
        // Every kept word's set has the index's length in machine words (term-scores.ts).
        for (let i = 0; i < words; i++) set[i] = (set[i] as number) | (present[i] as number);
        continue;
      }
      for (const { pairs, size: postings, scale, norms } of stand.fields) {
        for (let i = 0; i < postings; i++) {
          const doc = pairs[2 * i] as number;
          if (live !== undefined && live[doc] !== 1) continue;
          if (rareSums[doc] === 0) rareTouched[touched++] = doc;
          rareSums[doc] =
            (rareSums[doc] as number) +
            bm25Points(scale, pairs[2 * i + 1] as number, norms[doc] as number);
          set[doc >>> 5] = (set[doc >>> 5] as number) | (1 << (doc & 31));
        }
      }
    }
    return set;
  });
  try {
    return rank(sets, query, words, limit);
  } finally {
    for (let i = 0; i < touched; i++) rareSums[rareTouched[i] as number] = 0;
  }
}

function rank(
  sets: Uint32Array[],
  query: readonly (readonly Stand[])[],
  words: number,
  limit: number,
): Ranked {
  const count = query.length;
  // Plain arrays, read by index: the score is taken once per matching document (tens of
  // thousands for two common words), and iterating objects there took most of its time.
  const kept: Float64Array[] = [];
  const factors: number[] = [];
  for (const stands of query)
    for (const stand of stands)
      if (stand.kind === 'common') {
        kept.push(stand.scores.scores);
        factors.push(stand.factor);
      }
  const keptCount = kept.length;
  const scoreOf = (doc: number): number => {
    let sum = rareSums[doc] as number;
    for (let k = 0; k < keptCount; k++) {
      sum += (factors[k] as number) * ((kept[k] as Float64Array)[doc] as number);
    }
    return sum * count;
  };
  return pageOfMatches(sets, words, scoreOf, limit);
}
