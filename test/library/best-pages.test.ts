import { describe, expect, it } from 'vitest';
import { bestOf, bestOfAll, orderTerm, type TermScores } from '../../src/library/term-scores.ts';
import { scoredTerm } from '../helpers/term-scores.ts';

// The two ways a search picks its page, each against the plainest reference there is: score
// every document, sort by score (ties by lower ordinal), take the first `limit`. Scores are drawn
// from a few values, so that pages end in ties, and the walk's early stop is tried at its edge.

/** A small seeded generator (mulberry32): every run draws the same scores. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Each word's kept scores, ordered for the walk. */
function ordered(values: number[][]): TermScores[] {
  const terms = values.map(scoredTerm);
  for (const term of terms) orderTerm(term, (values[0] as number[]).length);
  return terms;
}

/**
 * Runs the walk against the reference on small cases, one per seed (times 1, a page of one or
 * two), where `valuesOf` draws each word's scores; only a page short against the matches is
 * walked, the rest are scored whole and skipped. Returns how many were walked.
 */
function expectWalks(
  seeds: number,
  seedOf: (seed: number) => number,
  valuesOf: (draw: (n: number) => number) => number[][],
): number {
  let walked = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const draw = seeded(seedOf(seed));
    const values = valuesOf(draw);
    const times = values.map(() => 1);
    const limit = 1 + draw(2);
    const want = reference(values, times, limit);
    if (limit * 4 >= want.total) continue;
    walked++;
    expect(bestOfAll(ordered(values), times, limit), `seed ${seed}`).toEqual(want);
  }
  return walked;
}

/** The reference page: every document holding every word, scored as bestOfAll scores. */
function reference(values: number[][], times: number[], limit: number) {
  const all: { doc: number; score: number }[] = [];
  for (let doc = 0; doc < (values[0] as number[]).length; doc++) {
    if (values.some((scores) => scores[doc] === 0)) continue;
    const sum = values.reduce(
      (total, scores, t) => total + (times[t] as number) * (scores[doc] as number),
      0,
    );
    all.push({ doc, score: sum * values.length });
  }
  all.sort((a, b) => b.score - a.score || a.doc - b.doc);
  const page = all.slice(0, Math.max(0, limit));
  return { docs: page.map((e) => e.doc), scores: page.map((e) => e.score), total: all.length };
}

describe('the threshold walk over words already ordered', () => {
  it("gives the reference page, scores and total, ties at the page's edge by lower ordinal", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const draw = seeded(seed);
      const size = 200 + draw(300);
      const count = 1 + draw(3);
      // Most documents hold every word (so that a short page is walked, not scored whole), at
      // one of a few scores each, so that many documents tie; in sixteenths, so that sums are
      // exact, and some below 1, as BM25 points often are.
      const values = Array.from({ length: count }, () =>
        Array.from({ length: size }, () => (draw(10) === 0 ? 0 : (1 + draw(6)) / 16)),
      );
      const times = Array.from({ length: count }, () => 1 + draw(2));
      const terms = ordered(values);
      for (const limit of [1, 2, 3, 7, 20]) {
        const label = `seed ${seed}, ${count} words, limit ${limit}`;
        expect(bestOfAll(terms, times, limit), label).toEqual(reference(values, times, limit));
      }
    }
  });

  it('does not stop while a document not yet seen could still tie the page on a lower ordinal', () => {
    // Thousands of small cases: words whose orders differ, a page of one or two, and few score
    // levels, so that the walk's bound often equals the page's last score exactly.
    const walked = expectWalks(
      3000,
      (seed) => seed * 13,
      (draw) => {
        const size = 8 + draw(24);
        const count = 2 + draw(2);
        const levels = 2 + draw(4);
        return Array.from({ length: count }, () =>
          Array.from({ length: size }, () => (draw(6) === 0 ? 0 : (1 + draw(levels)) / 16)),
        );
      },
    );
    expect(walked).toBeGreaterThan(1000);
  });

  it('bounds what it has not seen by the highest score in each band, not the last one banded', () => {
    // Scores a few millionths apart around a few levels: each level's documents share a band
    // (4096 bands across the range) at different scores, in no particular order of ordinal.
    const walked = expectWalks(
      1500,
      (seed) => seed * 17,
      (draw) => {
        const size = 12 + draw(40);
        const count = 1 + draw(2);
        return Array.from({ length: count }, () =>
          Array.from({ length: size }, () =>
            draw(6) === 0 ? 0 : (1 + draw(3)) / 16 + draw(64) / 2 ** 26,
          ),
        );
      },
    );
    expect(walked).toBeGreaterThan(500);
  });

  it('gives the reference when the page is long, few documents match, or none do', () => {
    const draw = seeded(99);
    const size = 600;
    const values = [0, 1].map(() =>
      Array.from({ length: size }, () => (draw(4) === 0 ? 0 : 1 + draw(5))),
    );
    const terms = ordered(values);
    for (const limit of [0, 257, 300, 1000]) {
      expect(bestOfAll(terms, [1, 1], limit), `limit ${limit}`).toEqual(
        reference(values, [1, 1], limit),
      );
    }
    // Two words no document holds together.
    const apart = ordered([
      Array.from({ length: 64 }, (_, d) => (d % 2 === 0 ? 1 : 0)),
      Array.from({ length: 64 }, (_, d) => (d % 2 === 1 ? 1 : 0)),
    ]);
    expect(bestOfAll(apart, [1, 1], 5)).toEqual({ docs: [], scores: [], total: 0 });
  });

  it('gives the reference page for words searched once, not yet ordered', () => {
    const draw = seeded(7);
    const values = [0, 1].map(() =>
      Array.from({ length: 300 }, () => (draw(5) === 0 ? 0 : 1 + draw(3))),
    );
    expect(bestOfAll(values.map(scoredTerm), [1, 2], 4)).toEqual(reference(values, [1, 2], 4));
  });
});

describe('the best of a search’s matches', () => {
  /** The reference: the matches sorted by score, ties by lower ordinal. */
  const sorted = (docs: number[], score: Float64Array, limit: number) =>
    [...docs]
      .sort((a, b) => (score[b] as number) - (score[a] as number) || a - b)
      .slice(0, Math.max(0, limit));

  it('keeps a short page in one pass and sorts a long one, both as the reference', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const draw = seeded(seed * 31);
      const size = 50 + draw(1200);
      const score = new Float64Array(size);
      for (let doc = 0; doc < size; doc++) score[doc] = draw(6);
      // The matches, in ordinal order as a scan finds them.
      const docs = Array.from({ length: size }, (_, doc) => doc).filter(() => draw(3) > 0);
      for (const limit of [0, 1, 2, 5, 12, 100, 257, 400]) {
        expect(bestOf(docs, score, limit), `seed ${seed}, limit ${limit}`).toEqual(
          sorted(docs, score, limit),
        );
      }
    }
  });
});
