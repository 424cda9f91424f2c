import { describe, expect, it } from 'vitest';
import { lengthNorms } from '../../src/library/bm25-formula.ts';
import { orderTerm, termScores } from '../../src/library/term-scores.ts';
import { scoredTerm as scored } from '../helpers/term-scores.ts';

describe("a common word's order for the threshold walk", () => {
  it('puts its documents in bands of falling score, the best band first, ties by ordinal', () => {
    // Scores 1 to 4 over 4096 bands: the top score is band 0, the lowest the last band.
    const term = scored([1, 0, 4, 3, 2, 4]);
    const { order, band, tops } = orderTerm(term, 6);
    expect([...order]).toEqual([2, 5, 3, 4, 0]);
    expect([...band]).toEqual([0, 0, 1365, 2730, 4095]);
    expect([tops[0], tops[1365], tops[2730], tops[4095]]).toEqual([4, 3, 2, 1]);
    // Every other band is empty, and its top is 0.
    expect([...tops].filter((top) => top > 0)).toHaveLength(4);
    // Made once: asked again, the same order comes back.
    expect(orderTerm(term, 6).order).toBe(order);
  });

  it('puts every document in one band when all score the same', () => {
    const { order, band, tops } = orderTerm(scored([2, 2, 0, 2]), 4);
    expect([...order]).toEqual([0, 1, 3]);
    expect([...band]).toEqual([0, 0, 0]);
    expect(tops[0]).toBe(2);
  });

  it('orders a word built in the arrays of another in those arrays, whatever the other held', () => {
    const first = scored([5, 1, 3]);
    const { order: firstOrder } = orderTerm(first, 3);
    // The next word is built in the first word's arrays (as a dropped word's are reused).
    const next = termScores(
      3,
      [{ pairs: [1, 0], size: 1, scale: 1, norms: lengthNorms([1, 1, 1], 3, 1) }],
      undefined,
      first,
    );
    next.scores.set([0, 7, 0]);
    const { order, band, tops } = orderTerm(next, 3);
    expect(order.buffer).toBe(firstOrder.buffer);
    expect([...order]).toEqual([1]);
    expect([...band]).toEqual([0]);
    expect([...tops].filter((top) => top > 0)).toEqual([7]);
  });
});
