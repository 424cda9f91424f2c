import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../src/library/edit-distance.ts';

describe('editDistanceWithin', () => {
  it('gives the Levenshtein distance up to a bound', () => {
    expect(editDistanceWithin('artilery', 'artillery', 1)).toBe(1);
    expect(editDistanceWithin('sanctoins', 'sanctions', 1)).toBeUndefined();
    expect(editDistanceWithin('sanctoins', 'sanctions', 2)).toBe(2);
    expect(editDistanceWithin('kim', 'kim', 1)).toBe(0);
    expect(editDistanceWithin('kim', 'kimono', 2)).toBeUndefined();
    expect(editDistanceWithin('', 'ab', 2)).toBe(2);
  });

  it('answers bounds of one to three edits as the full table does, for every pair of short words', () => {
    // Every word of up to four letters from a three-letter alphabet, against every other: each
    // replacement, insertion and deletion at the start, middle and end, and pairs further apart.
    const words = [''];
    for (let length = 1; length <= 4; length++)
      for (const word of words.filter((w) => w.length === length - 1))
        for (const letter of 'abc') words.push(word + letter);
    const table = (a: string, b: string) => {
      const rows = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          (rows[i] as number[])[j] = Math.min(
            (rows[i - 1]?.[j] as number) + 1,
            (rows[i]?.[j - 1] as number) + 1,
            (rows[i - 1]?.[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return rows[a.length]?.[b.length] as number;
    };
    const within = [0, 0, 0, 0];
    for (const a of words)
      for (const b of words) {
        const distance = table(a, b);
        for (const max of [1, 2, 3]) {
          if (distance <= max) within[max] = (within[max] as number) + 1;
          expect(editDistanceWithin(a, b, max), `${a} ${b} ${max}`).toBe(
            distance <= max ? distance : undefined,
          );
        }
      }
    // The pairs checked include many within each bound, and many beyond it.
    expect(Math.min(...within.slice(1))).toBeGreaterThan(500);
    expect(Math.max(...within.slice(1))).toBeLessThan(words.length ** 2 - 500);
  });

  it('measures words longer than any before it', () => {
    // First a word as long as the rows the table starts with (32), then longer ones.
    expect(editDistanceWithin(`${'a'.repeat(31)}b`, 'a'.repeat(32), 2)).toBe(1);
    const long = 'internationalisation-of-the-negotiations';
    expect(editDistanceWithin(long, `${long}s`, 2)).toBe(1);
    expect(editDistanceWithin(long, long.replace('of', 'at'), 2)).toBe(2);
    expect(editDistanceWithin(long, long.replace('the', 'THE'), 2)).toBeUndefined();
    expect(editDistanceWithin(`${long}${long}`, `${long}${long}`, 3)).toBe(0);
  });
});
