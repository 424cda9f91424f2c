import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../../src/library/name-index.ts';

// A name index restored from a saved one answers as the one saved; a saved one that does not
// fit (labels missing for an entry) is refused whole, and only an empty index is restored into.

function saved() {
  const index = createNameIndex();
  index.set('russia-dprk', ['russia-dprk', 'Putin in Pyongyang', 'north korea']);
  index.set('gaza', ['gaza', 'Ceasefire talks']);
  return index.state();
}

describe('restoring a name index', () => {
  it('answers exactly, loosely and by completion as the index saved', () => {
    const restored = createNameIndex();
    restored.restore(saved());
    expect(restored.match('putin in pyongyang')).toEqual({ exact: true, ids: ['russia-dprk'] });
    expect(restored.match('ceasfire').exact).toBe(false);
    expect(restored.complete('pyo', 5)).toEqual(['russia-dprk']);
  });

  it('refuses labels missing for an entry, leaving the index empty', () => {
    const { ranked, labels } = saved();
    const partial = new Map([...labels].filter(([id]) => id !== 'gaza'));
    const index = createNameIndex();
    expect(() => index.restore({ ranked, labels: partial })).toThrow(/no labels saved for gaza/);
    expect(index.match('russia dprk')).toEqual({ exact: false, ranked: [] });
    expect(index.complete('pyo', 5)).toEqual([]);
  });

  it('restores only into an empty index', () => {
    const index = createNameIndex();
    index.set('other', ['other']);
    expect(() => index.restore(saved())).toThrow(/only while empty/);
    expect(index.match('gaza')).toEqual({ exact: false, ranked: [] });
  });
});
