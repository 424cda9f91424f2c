import { describe, expect, it } from 'vitest';
import { lengthNorms } from '../../src/library/bm25-formula.ts';
import { createKeptScores, KEPT_WORDS } from '../../src/library/kept-scores.ts';
import { type TermScores, termScores } from '../../src/library/term-scores.ts';

// Three documents' lengths, and each word's postings (document, count) in one field; any other
// word is in document 0 once.
const lengths = [3, 5, 4];
const norms = lengthNorms(lengths, lengths.length, 4);
const postings: Record<string, number[]> = { red: [0, 1, 2, 2], blue: [1, 3, 2, 1] };
const pairsOf = (word: string) => postings[word] ?? [0, 1];
const build = (word: string, spare?: TermScores) =>
  termScores(
    lengths.length,
    [{ pairs: pairsOf(word), size: pairsOf(word).length / 2, scale: 1, norms }],
    undefined,
    spare,
  );
const idle = () => new Promise((resolve) => setImmediate(resolve));

/** `turns` turns of the event loop, each idle. */
const idleTurns = async (turns: number) => {
  for (let i = 0; i < turns; i++) await idle();
};

/**
 * A cache whose builds are counted, with whether each was given arrays to build in (a dropped
 * word's or reserved ones) and how long those were; its index holds `size()` documents.
 */
function counted(size = () => lengths.length) {
  const builds: { word: string; spare: boolean; length?: number }[] = [];
  const kept = createKeptScores((word, spare) => {
    builds.push({
      word,
      spare: spare !== undefined,
      ...(spare ? { length: spare.scores.length } : {}),
    });
    return build(word, spare);
  }, size);
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
    expect(builds.at(-1)).toEqual({ word: 'another', spare: true, length: lengths.length });
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

  it('reserves arrays for words ahead of their first search, when idle, and builds in them', async () => {
    const { kept, builds } = counted();
    kept.reserve(2, 8);
    await idleTurns(5);
    const red = kept.get('red', true);
    kept.get('blue');
    kept.get('other');
    expect(builds).toEqual([
      { word: 'red', spare: true, length: 8 },
      { word: 'blue', spare: true, length: 8 },
      { word: 'other', spare: false },
    ]);
    // Arrays built in are zeroed past the index's documents, and give the same scores and order.
    expect([...red.scores]).toEqual([...build('red').scores, 0, 0, 0, 0, 0]);
    await idle();
    expect([...(red.ordered?.order ?? [])]).toEqual([2, 0]);
    const blue = kept.get('blue', true);
    expect([...blue.scores.subarray(0, lengths.length)]).toEqual([...build('blue').scores]);
    expect([...(blue.ordered?.order ?? [])]).toEqual([1, 2]);
  });

  it('reserves no more arrays than words it keeps, counting those already kept', async () => {
    const { kept, builds } = counted();
    kept.reserve(3, 8);
    // Nothing is made at the call, only in idle turns after it.
    kept.get('red');
    kept.get('blue');
    await idleTurns(6);
    kept.get('one');
    kept.get('two');
    expect(builds.map((b) => b.spare)).toEqual([false, false, true, false]);
    // Asked for more words than are ever kept, it reserves as many as are kept.
    const many = counted();
    many.kept.reserve(KEPT_WORDS + 5, 8);
    await idleTurns(KEPT_WORDS + 10);
    for (let i = 0; i < KEPT_WORDS + 1; i++) many.kept.get(`w${i}`);
    expect(many.builds.filter((b) => b.spare).length).toBe(KEPT_WORDS);
  });

  it('lets go of reserved arrays too small for the index as it has grown', async () => {
    let size = lengths.length;
    const { kept, builds } = counted(() => size);
    kept.reserve(1, 3);
    await idleTurns(3);
    size = 4;
    kept.reserve(1, 6);
    await idleTurns(3);
    kept.get('red');
    expect(builds).toEqual([{ word: 'red', spare: true, length: 6 }]);
  });

  it('reserves one word per idle turn, however often it is asked', async () => {
    const { kept, builds } = counted();
    kept.reserve(3, 8);
    kept.reserve(3, 8);
    await idle();
    kept.get('red');
    kept.get('blue');
    expect(builds.map((b) => b.spare)).toEqual([true, false]);
  });
});
