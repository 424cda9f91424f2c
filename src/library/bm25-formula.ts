/**
 * MiniSearch's BM25+ for one posting, with its defaults, so that scores match it. Kept in one
 * place because two loops use it: the search's own scan (search-sums.ts) and the kept scores of a
 * common word (term-scores.ts); a test compares the two paths' results.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * The points a posting adds: `scale` is the word's idf times the field's boost and the query
 * word's weight; `length` the document's length in the field, `average` the field's average.
 */
export function bm25Points(scale: number, tf: number, length: number, average: number): number {
  const norm = 1 - B + (B * length) / average;
  return scale * (D + (tf * (K + 1)) / (tf + K * norm));
}
