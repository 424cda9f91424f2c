import { describe, expect, it } from 'vitest';
import { createKeptScores } from '../../src/library/kept-scores.ts';
import { orderTerm, type TermScores, termScores } from '../../src/library/term-scores.ts';

// Three documents' lengths, and each word's postings (document, count) in one field.
const lengths = [3, 5, 4];
const postings: Record<string, number[]> = { red: [0, 1, 2, 2], blue: [1, 3, 2, 1] };
const build = (word: string, spare?: TermScores) =>
  termScores(
    lengths.length,
    [
      {
        pairs: postings[word] ?? [],
        size: (postings[word]?.length ?? 0) / 2,
        scale: 1,
        average: 4,
        lengths,
      },
    ],
    undefined,
    spare,
  );
const idle = () => new Promise((resolve) => setImmediate(resolve));

describe('kept common-word scores', () => {
  it("orders a word's documents when the event loop is next idle after its first search", async () => {
    const kept = createKeptScores(build, () => lengths.length);
    const red = kept.get('red', true);
    expect(red.ordered).toBeUndefined();
    await idle();
    expect(red.ordered).toEqual(orderTerm(build('red'), lengths.length));
    // Asked without an order (a search that needs none), a word is not ordered.
    const blue = kept.get('blue');
    await idle();
    expect(blue.ordered).toBeUndefined();
    // Searched again before an idle turn, it is ordered then and there.
    expect(kept.get('blue', true).ordered).toEqual(orderTerm(build('blue'), lengths.length));
  });

  it('orders the word that holds the arrays when the turn comes, not one dropped before it', async () => {
    const kept = createKeptScores(build, () => lengths.length);
    const red = kept.get('red', true);
    // The index changes before the idle turn: red is dropped, and blue is built in its arrays.
    kept.clear();
    const blue = kept.get('blue', true);
    expect(blue.scores).toBe(red.scores);
    await idle();
    expect(red.ordered).toBeUndefined();
    expect(blue.ordered).toEqual(orderTerm(build('blue'), lengths.length));
    expect([...blue.scores]).toEqual([...build('blue').scores]);
  });
});
