/** A page of documents, best first, with their scores, and how many match in all. */
export interface Ranked {
  docs: number[];
  scores: number[];
  total: number;
}

/**
 * The `limit` best documents in every one of `sets` (one bit per document, `words` machine words
 * each), best first, ties by lower ordinal, and how many there are. The kept-score searches (the
 * first search of common words, term-scores.ts; the expanded search, expanded-search.ts) both
 * score their matches this way: in ordinal order, so a short page is a small sorted list in
 * which a tie never displaces a document already on it, and a long one (over 256) is sorted
 * whole, stably, so ties keep ordinal order too.
 */
export function pageOfMatches(
  sets: readonly Uint32Array[],
  words: number,
  scoreOf: (doc: number) => number,
  limit: number,
): Ranked {
  const docs: number[] = [];
  const scores: number[] = [];
  const all: [number, number][] = [];
  const pageOnly = limit <= 256;
  let total = 0;
  let worst = Number.NEGATIVE_INFINITY;
  const first = sets[0] as Uint32Array;
  for (let i = 0; i < words; i++) {
    let bits = first[i] as number;
    for (let s = 1; s < sets.length && bits !== 0; s++)
      bits &= (sets[s] as Uint32Array)[i] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      const doc = (i << 5) | (31 - Math.clz32(low));
      bits ^= low;
      total++;
      const score = scoreOf(doc);
      if (!pageOnly) {
        all.push([doc, score]);
        continue;
      }
      if (docs.length === limit && !(score > worst)) continue;
      let at = docs.length === limit ? limit - 1 : docs.length;
      while (at > 0 && score > (scores[at - 1] as number)) {
        docs[at] = docs[at - 1] as number;
        scores[at] = scores[at - 1] as number;
        at--;
      }
      docs[at] = doc;
      scores[at] = score;
      if (docs.length === limit) worst = scores[limit - 1] as number;
    }
  }
  if (pageOnly) return { docs, scores, total };
  all.sort((a, b) => b[1] - a[1]);
  const best = all.slice(0, limit);
  return { docs: best.map((e) => e[0]), scores: best.map((e) => e[1]), total };
}
