import { describe, expect, it } from 'vitest';
import { savedPostings } from '../../src/library/saved-postings.ts';

// A snapshot's posting lists are made per word when first read, not all at a restart; whatever
// reads them sees what a map made at once would hold.

/** Three words: "alpha" in fields 0 and 1, "beta" in field 0, "gamma" in field 1. */
function saved() {
  // Per list: word, field, length (pairs), as a snapshot's header has them.
  const lists = Int32Array.from([0, 0, 2, 0, 1, 1, 1, 0, 1, 2, 1, 3]);
  const integers = Int32Array.from([0, 2, 3, 1, 1, 5, 2, 7, 0, 1, 1, 1, 2, 4]);
  const offsets = Int32Array.from([0, 4, 6, 8]);
  const firstList = new Map([
    ['alpha', 0],
    ['beta', 2],
    ['gamma', 3],
  ]);
  return savedPostings(lists, offsets, integers, firstList);
}

/** What a plain map made at once holds for the same lists. */
const expected = {
  alpha: [
    { pairs: [0, 2, 3, 1], size: 2 },
    { pairs: [1, 5], size: 1 },
  ],
  beta: [{ pairs: [2, 7], size: 1 }],
  gamma: [undefined, { pairs: [0, 1, 1, 1, 2, 4], size: 3 }],
};

const plain = (lists: unknown) =>
  (lists as ({ pairs: Int32Array; size: number } | undefined)[]).map((list) =>
    list ? { pairs: [...list.pairs], size: list.size } : undefined,
  );

describe('a snapshot’s posting lists', () => {
  it('makes a word’s lists when first read, and gives the same ones after', () => {
    const postings = saved();
    expect(plain(postings.get('alpha'))).toEqual(expected.alpha);
    expect(plain(postings.get('gamma'))).toEqual(expected.gamma);
    expect(postings.get('alpha')).toBe(postings.get('alpha'));
    expect(postings.get('delta')).toBeUndefined();
  });

  it('has every word whether read or not, and no other', () => {
    const postings = saved();
    postings.get('beta');
    expect(['alpha', 'beta', 'gamma', 'delta'].map((word) => postings.has(word))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives every word once, even one read while the words are gone through', () => {
    const postings = saved();
    postings.get('gamma');
    const words: string[] = [];
    for (const word of postings.keys()) {
      words.push(word);
      postings.get('alpha');
    }
    expect(words.sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('gives every entry as a plain map would, and lets one go while going through them', () => {
    const postings = saved();
    postings.get('beta');
    const entries: [string, unknown][] = [];
    for (const [word, lists] of postings) {
      entries.push([word, plain(lists)]);
      if (word === 'alpha') postings.delete('gamma');
    }
    expect(Object.fromEntries(entries)).toEqual({ alpha: expected.alpha, beta: expected.beta });
  });

  it('forgets a word deleted, read or not, and takes lists set in place of unread ones', () => {
    const postings = saved();
    postings.get('alpha');
    expect(postings.delete('alpha')).toBe(true);
    expect(postings.delete('beta')).toBe(true);
    expect(postings.delete('beta')).toBe(false);
    expect([postings.has('alpha'), postings.has('beta')]).toEqual([false, false]);
    expect(postings.get('beta')).toBeUndefined();
    const replaced = [{ pairs: Int32Array.from([9, 1]), size: 1 }];
    postings.set('gamma', replaced);
    expect(postings.get('gamma')).toBe(replaced);
    expect([...postings.keys()]).toEqual(['gamma']);
  });
});
