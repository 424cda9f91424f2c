import { bm25Points } from './bm25-formula.ts';
import { pageOfMatches, type Ranked } from './match-page.ts';

/**
 * The best few documents for words that must all match, without scoring every document that
 * holds them. A word common enough to be in most briefings ("talks", "sanctions") is in ~100,000
 * posting entries per field at 100,000 briefings; summing them all for every search made its
 * median 25 ms and its tail far longer. Instead each such word's score in every document is
 * summed once (until the index changes), with one bit per document for the documents that hold
 * it. The first search of a word scores the documents that hold every word, from the bits ANDed;
 * a word searched again also has its documents ordered best first, and a search whose words are
 * all ordered walks their orders together and stops as soon as no document not yet seen can beat
 * the ones it holds (Fagin's threshold algorithm). Ordering a word is half the cost of its first
 * search (about 1.5 of 3 ms at 100,000), and the slowest searches were first searches; so the
 * order is made only for a word that is searched more than once. Scores are the same sums as a
 * full scan either way, so the ranking is MiniSearch's (see bm25-index.ts).
 */

/** A word's documents roughly best first: in bands of descending score. */
export interface TermOrder {
  order: Int32Array;
  /** Per position in `order`, its band: `tops[band]` is the highest score from there on. */
  band: Uint16Array;
  tops: Float64Array;
}

/** One word's score in each document (0 where it is absent), and which documents hold it. */
export interface TermScores {
  scores: Float64Array;
  /** Which documents hold the word, one bit each: counting matches is a few thousand ANDs. */
  present: Uint32Array;
  /** Its documents best first, once the word is searched again (see orderTerm). */
  ordered?: TermOrder;
  /** Whole arrays for an order, from the word these arrays were first built for, to reuse. */
  room?: { order: Int32Array; band: Uint16Array; tops: Float64Array };
}

/**
 * Bands the documents are sorted into. The threshold walk needs only an upper bound for the
 * documents it has not seen, not an exact order: banding is linear where a sort of 100,000
 * documents by score took ~50 ms per word on a busy machine.
 */
const BANDS = 4096;

/** One field's postings of a word, with what its BM25 points need (see bm25-index.ts). */
export interface FieldPostings {
  /** `pairs[2i]` is a document, `pairs[2i + 1]` how often the word occurs in it. */
  pairs: ArrayLike<number>;
  size: number;
  scale: number;
  /** Each document's length norm in the field (see `lengthNorm` in bm25-formula.ts). */
  norms: ArrayLike<number>;
}

/**
 * Each document's band, reused from one word to the next: allocating it for each common word's
 * first search cost more than filling it.
 */
let bandScratch = new Uint16Array(0);
/** Which documents a threshold walk has seen (see bestOfAll), zeroed after each walk. */
let seenScratch = new Uint8Array(0);

/**
 * Documents removed from an index but still in its postings (until it compacts them): a few of
 * them listed, or many, with `live` marking the documents still served.
 */
export type Removed = { few: readonly number[] } | { live: Uint8Array };

/**
 * Builds a word's scores from its postings, field by field in field order (the order a scan adds
 * them, so the sums are the same to the last bit), leaving out the documents `removed`. The postings loop only adds: which documents hold the word (a score
 * above 0, as every BM25+ posting adds some) are read after, in a pass over the scores in
 * document order, which costs less than keeping track while adding in posting order.
 */
export function termScores(
  size: number,
  fields: readonly FieldPostings[],
  removed?: Removed,
  spare?: TermScores,
): TermScores {
  const live = removed !== undefined && 'live' in removed ? removed.live : undefined;
  // A dropped word's arrays are reused when they are large enough: new ones for each word (1.4 MB
  // at 100,000 briefings, outside the heap) made the collector run a full pass every few common
  // words, which was most of a search's slowest times.
  const reuse = spare !== undefined && spare.scores.length >= size ? spare : undefined;
  const scores = reuse ? reuse.scores.fill(0) : new Float64Array(size);
  for (const { pairs, size: postings, scale, norms } of fields) {
    for (let i = 0; i < postings; i++) {
      const doc = pairs[2 * i] as number;
      if (live !== undefined && live[doc] !== 1) continue;
      scores[doc] =
        (scores[doc] as number) +
        bm25Points(scale, pairs[2 * i + 1] as number, norms[doc] as number);
    }
  }
  // A few removed documents are summed like the rest and then zeroed: cheaper than checking
  // every posting's document, as a running bot has some after its first save.
  if (removed !== undefined && 'few' in removed)
    for (const doc of removed.few) if (doc < size) scores[doc] = 0;
  const present =
    reuse && reuse.present.length === Math.ceil(size / 32)
      ? reuse.present.fill(0)
      : new Uint32Array(Math.ceil(size / 32));
  for (let doc = 0; doc < size; doc++) {
    if (scores[doc] === 0) continue;
    present[doc >>> 5] = (present[doc >>> 5] as number) | (1 << (doc & 31));
  }
  return reuse?.room ? { scores, present, room: reuse.room } : { scores, present };
}

/**
 * Arrays for one word's scores and order in an index of `size` documents and up to `capacity`
 * (and the walk's own scratch arrays as large), each written once now. On the virtual machines
 * measured, writing memory new to the process costs about 3 ms per MB (a page fault per 4 kB):
 * new arrays were over half of summing a common word's scores (4.1 ms at 100,000 briefings,
 * 1.5 to 1.8 ms in arrays written before). Memory written once and reused (as `termScores`
 * reuses `spare`) costs nothing more.
 */
export function reservedScores(size: number, capacity: number): TermScores {
  if (bandScratch.length < capacity) bandScratch = new Uint16Array(capacity).fill(0);
  if (seenScratch.length < capacity) seenScratch = new Uint8Array(capacity).fill(0);
  return {
    scores: new Float64Array(capacity).fill(0),
    present: new Uint32Array(Math.ceil(size / 32)).fill(0),
    room: {
      order: new Int32Array(capacity).fill(0),
      band: new Uint16Array(capacity).fill(0),
      tops: new Float64Array(BANDS).fill(0),
    },
  };
}

/**
 * Orders a word's documents by score, in bands, for the threshold walk; `size` is the index's
 * length in documents (as given to termScores). Made once per word, when it is searched again.
 */
export function orderTerm(term: TermScores, size: number): TermOrder {
  if (term.ordered) return term.ordered;
  const { scores, present } = term;
  let count = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (let doc = 0; doc < size; doc++) {
    const score = scores[doc] as number;
    if (score === 0) continue;
    count++;
    if (score < low) low = score;
    if (score > high) high = score;
  }
  const width = (high - low) / BANDS || 1;
  // Band 0 holds the highest scores; each document's band is worked out once.
  if (bandScratch.length < size) bandScratch = new Uint16Array(size);
  const bandOf = bandScratch;
  const starts = new Int32Array(BANDS + 1);
  const room =
    term.room && term.room.order.length >= size
      ? term.room
      : { order: new Int32Array(size), band: new Uint16Array(size), tops: new Float64Array(BANDS) };
  term.room = room;
  const tops = room.tops.fill(0);
  for (let doc = 0; doc < size; doc++) {
    const score = scores[doc] as number;
    if (score === 0) continue;
    const band = Math.min(BANDS - 1, Math.max(0, Math.floor((high - score) / width)));
    bandOf[doc] = band;
    starts[band + 1] = (starts[band + 1] as number) + 1;
    if (score > (tops[band] as number)) tops[band] = score;
  }
  for (let band = 0; band < BANDS; band++)
    starts[band + 1] = (starts[band + 1] as number) + (starts[band] as number);
  // Placed in document order within each band: the walk then meets ties lowest ordinal first.
  const order = room.order.subarray(0, count);
  const bands = room.band.subarray(0, count);
  const next = starts.slice(0, BANDS);
  for (let word = 0; word < present.length; word++) {
    let bits = present[word] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      const doc = (word << 5) | (31 - Math.clz32(low));
      bits ^= low;
      const band = bandOf[doc] as number;
      const at = next[band] as number;
      next[band] = at + 1;
      order[at] = doc;
      bands[at] = band;
    }
  }
  term.ordered = { order, band: bands, tops };
  return term.ordered;
}

/** How many documents hold every word. */
function countAll(terms: readonly TermScores[]): number {
  const first = (terms[0] as TermScores).present;
  let total = 0;
  for (let i = 0; i < first.length; i++) {
    let bits = first[i] as number;
    for (let t = 1; t < terms.length && bits !== 0; t++)
      bits &= (terms[t] as TermScores).present[i] as number;
    // Population count of a 32-bit word.
    bits -= (bits >>> 1) & 0x55555555;
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
    total += (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}

/**
 * The `limit` best documents holding every word, best first, ties by lower ordinal. A document's
 * score is the sum over words of `times × score`, multiplied by the number of words, as
 * MiniSearch scores an AND query.
 */
export function bestOfAll(
  terms: readonly TermScores[],
  times: readonly number[],
  limit: number,
): Ranked {
  const count = terms.length;
  const scoreOf = (doc: number): number => {
    let sum = 0;
    for (let t = 0; t < count; t++) {
      const score = (terms[t] as TermScores).scores[doc] as number;
      if (score === 0) return -1;
      sum += (times[t] as number) * score;
    }
    return sum * count;
  };
  const total = countAll(terms);
  if (limit <= 0 || total === 0) return { docs: [], scores: [], total };
  const orders = terms.map((term) => term.ordered);
  // A word searched for the first time has no order yet, and a long page (or few matches) gains
  // nothing from one: every match is scored, from the words' bits ANDed.
  if (limit > 256 || limit * 4 >= total || orders.some((order) => order === undefined))
    return pageOfMatches(
      terms.map((term) => term.present),
      (terms[0] as TermScores).present.length,
      scoreOf,
      limit,
    );
  const docs: number[] = [];
  const scores: number[] = [];
  // One byte per document rather than a Set (a walk often sees thousands of them), kept from one
  // walk to the next and cleared where this walk set it: a new array per walk was 100 kB of
  // garbage per search at 100,000 briefings.
  const size = (terms[0] as TermScores).scores.length;
  if (seenScratch.length < size) seenScratch = new Uint8Array(size);
  const seen = seenScratch;
  const better = (doc: number, score: number, than: number) =>
    score > (scores[than] as number) || (score === scores[than] && doc < (docs[than] as number));
  const positions = new Array<number>(count).fill(0);
  try {
    for (;;) {
      let bound = 0;
      for (let t = 0; t < count; t++) {
        const { order, band, tops } = orders[t] as TermOrder;
        const at = positions[t] as number;
        // A word whose documents are all seen: every document holding all the words is seen.
        if (at >= order.length) return { docs, scores, total };
        const doc = order[at] as number;
        positions[t] = at + 1;
        bound += (times[t] as number) * (tops[band[at] as number] as number);
        if (seen[doc] === 1) continue;
        seen[doc] = 1;
        const score = scoreOf(doc);
        if (score < 0) continue;
        if (docs.length === limit && !better(doc, score, limit - 1)) continue;
        let i = docs.length === limit ? limit - 1 : docs.length;
        while (i > 0 && better(doc, score, i - 1)) {
          docs[i] = docs[i - 1] as number;
          scores[i] = scores[i - 1] as number;
          i--;
        }
        docs[i] = doc;
        scores[i] = score;
      }
      // No document yet unseen scores above the words' current ceilings summed (each list is in
      // descending bands); equal could still win on its ordinal, so only strictly above stops.
      if (docs.length === limit && (scores[limit - 1] as number) > bound * count) {
        return { docs, scores, total };
      }
    }
  } finally {
    for (let t = 0; t < count; t++) {
      const { order } = orders[t] as TermOrder;
      const walked = positions[t] as number;
      for (let i = 0; i < walked; i++) seen[order[i] as number] = 0;
    }
  }
}

/**
 * The `limit` best of `docs` by score (ties: lower ordinal first), best first. A short page is
 * picked in one pass keeping a small sorted list; sorting every match is what made a search for
 * a common word slow. A long one (a late page) is a plain sort.
 */
export function bestOf(docs: ArrayLike<number>, score: Float64Array, limit: number): number[] {
  if (limit <= 0) return [];
  const better = (a: number, b: number) =>
    (score[a] as number) > (score[b] as number) || (score[a] === score[b] && a < b);
  if (limit * 4 >= docs.length || limit > 256) {
    const sorted = Array.from(docs).sort((a, b) => (better(a, b) ? -1 : 1));
    return sorted.length > limit ? sorted.slice(0, limit) : sorted;
  }
  const best: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] as number;
    const worst = best[best.length - 1];
    if (best.length === limit && worst !== undefined && !better(doc, worst)) continue;
    let i = best.length === limit ? limit - 1 : best.length;
    while (i > 0 && better(doc, best[i - 1] as number)) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = doc;
  }
  return best;
}
