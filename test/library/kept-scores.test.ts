import { describe, expect, it } from 'vitest';
import { createKeptScores, KEPT_WORDS } from '../../src/library/kept-scores.ts';
import { type TermScores, termScores } from '../../src/library/term-scores.ts';

// Three documents' lengths, and each word's postings (document, count) in one field; any other
// word is in document 0 once.
const lengths = [3, 5, 4];
const postings: Record<string, number[]> = { red: [0, 1, 2, 2], blue: [1, 3, 2, 1] };
const pairsOf = (word: string) => postings[word] ?? [0, 1];
const build = (word: string, spare?: TermScores) =>
  termScores(
    lengths.length,
    [{ pairs: pairsOf(word), size: pairsOf(word).length / 2, scale: 1, average: 4, lengths }],
    undefined,
    spare,
  );
const idle = () => new Promise((resolve) => setImmediate(resolve));

/** A cache whose builds are counted, with whether each was given a dropped word's arrays. */
function counted() {
  const builds: { word: string; spare: boolean }[] = [];
  const kept = createKeptScores(
    (word, spare) => {
      builds.push({ word, spare: spare !== undefined });
      return build(word, spare);
    },
    () => lengths.length,
  );
  return { kept, builds };
}

describe('kept common-word scores', () => {
  it("orders a word's documents when the event loop is next idle after its first search", async () => {
    const { kept } = counted();
    const red = kept.get('red', true);
    expect(red.ordered).toBeUndefined();
    await idle();
    // Document 2 holds red twice in fewer words than document 1 holds blue, so it scores higher.
    expect([...(red.ordered?.order ?? [])]).toEqual([2, 0]);
    // Asked for without an order (a search that needs none), a word is not ordered, then or later.
    const blue = kept.get('blue');
    await idle();
    expect(kept.get('blue').ordered).toBeUndefined();
    expect(blue.ordered).toBeUndefined();
    // Searched again before an idle turn, it is ordered then and there.
    expect([...(kept.get('blue', true).ordered?.order ?? [])]).toEqual([1, 2]);
  });

  it('orders the word that holds the arrays when the turn comes, not one dropped before it', async () => {
    const { kept } = counted();
    const red = kept.get('red', true);
    // The index changes before the idle turn: red is dropped, and blue is built in its arrays.
    kept.clear();
    const blue = kept.get('blue', true);
    expect(blue.scores).toBe(red.scores);
    await idle();
    expect(red.ordered).toBeUndefined();
    expect([...(blue.ordered?.order ?? [])]).toEqual([1, 2]);
    expect([...blue.scores]).toEqual([...build('blue').scores]);
  });

  it('keeps the most recently searched words, and builds the next in the arrays of the oldest', () => {
    const { kept, builds } = counted();
    const words = Array.from({ length: KEPT_WORDS }, (_, i) => `w${i}`);
    const built = new Map(words.map((word) => [word, kept.get(word)]));
    kept.get('w0');
    kept.get('w1');
    expect(builds.map((b) => b.word)).toEqual(words);
    // One more word drops the least recently searched (w2), whose arrays wait for the search to end.
    kept.get('extra');
    expect(builds.at(-1)).toEqual({ word: 'extra', spare: false });
    kept.searched();
    const next = kept.get('another');
    expect(builds.at(-1)).toEqual({ word: 'another', spare: true });
    expect(next.scores).toBe(built.get('w2')?.scores);
    // w0 and w1 were searched since, so they are still kept; w3, the oldest then, was dropped.
    expect(kept.get('w0')).toBe(built.get('w0'));
    expect(kept.get('w1')).toBe(built.get('w1'));
    expect(builds.length).toBe(KEPT_WORDS + 2);
    kept.get('w3');
    expect(builds.at(-1)?.word).toBe('w3');
  });

  it('holds at most as many spare arrays as words it keeps', () => {
    // Twice as many words as are kept: half are dropped by the searches, half by a change, in
    // either order; either way only as many arrays as words kept are kept spare.
    for (const order of ['searched first', 'cleared first']) {
      const { kept, builds } = counted();
      for (let i = 0; i < 2 * KEPT_WORDS; i++) kept.get(`a${i}`);
      if (order === 'searched first') kept.searched();
      kept.clear();
      kept.searched();
      builds.length = 0;
      for (let i = 0; i < 2 * KEPT_WORDS; i++) kept.get(`b${i}`);
      expect(builds.filter((b) => b.spare).length, order).toBe(KEPT_WORDS);
    }
  });
});
