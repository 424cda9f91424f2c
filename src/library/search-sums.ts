import { bm25Points } from './bm25-formula.ts';
import type { FieldPostings } from './term-scores.ts';

/*
 * A search's sums over every document it touches, with the matches collected in a typed buffer
 * kept between searches. Pushing the matches onto an array was most of a scan's cost (a one-word
 * search of a word in every briefing: about 15 ms at 100,000, now 4); moving the summing loop out
 * of the search's closure, measured on its own, made no difference.
 */

/** The per-document sums of a search, kept between searches (see `scratch`). */
export interface SearchBuffers {
  score: Float64Array;
  stamp: Int32Array;
  matched: Uint16Array;
  touched: Int32Array;
  hits: Int32Array;
}

/**
 * Adds one field's postings of a query word (the `word`-th, from 1) to a search's sums, and
 * returns how many documents have been touched.
 */
export function addField(
  field: FieldPostings,
  word: number,
  buffers: SearchBuffers,
  touchedSoFar: number,
  live: Uint8Array | undefined,
): number {
  const { pairs, size, scale, norms } = field;
  const { score, stamp, matched, touched } = buffers;
  let touchedCount = touchedSoFar;
  for (let i = 0; i < size; i++) {
    const doc = pairs[2 * i] as number;
    if (live !== undefined && live[doc] !== 1) continue;
    score[doc] =
      (score[doc] as number) + bm25Points(scale, pairs[2 * i + 1] as number, norms[doc] as number);
    if (stamp[doc] !== word) {
      stamp[doc] = word;
      if ((matched[doc] as number) === 0) touched[touchedCount++] = doc;
      matched[doc] = (matched[doc] as number) + 1;
    }
  }
  return touchedCount;
}

/**
 * The documents a search matched (all `required` words, or any when 0), each score multiplied by
 * the words it matched, as MiniSearch favours fuller matches.
 */
export function scoredHits(
  buffers: SearchBuffers,
  touchedCount: number,
  required: number,
): Int32Array {
  const { score, matched, touched, hits } = buffers;
  let count = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    const words = matched[doc] as number;
    if (required > 0 && words !== required) continue;
    score[doc] = (score[doc] as number) * words;
    // A typed buffer, not a pushed array: pushing 100,000 numbers took 10 ms here.
    hits[count++] = doc;
  }
  return hits.subarray(0, count);
}

/** Zeroes the sums a search used, for the next. */
export function clearSums(buffers: SearchBuffers, touchedCount: number): void {
  const { score, stamp, matched, touched } = buffers;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    score[doc] = 0;
    stamp[doc] = 0;
    matched[doc] = 0;
  }
}

/**
 * Per document: its score so far, the last query word that matched it and how many did, and the
 * documents touched and matched. Kept between searches (and zeroed where used) because
 * allocating them per search, at 10,000 documents, was a good part of a search's garbage.
 */
export function createSearchSums() {
  let buffers: SearchBuffers = {
    score: new Float64Array(0),
    stamp: new Int32Array(0),
    matched: new Uint16Array(0),
    touched: new Int32Array(0),
    hits: new Int32Array(0),
  };
  return {
    scratch(size: number): SearchBuffers {
      if (buffers.score.length < size) {
        const capacity = Math.ceil(size * 1.5);
        buffers = {
          score: new Float64Array(capacity),
          stamp: new Int32Array(capacity),
          matched: new Uint16Array(capacity),
          touched: new Int32Array(capacity),
          hits: new Int32Array(capacity),
        };
      }
      return buffers;
    },
  };
}
