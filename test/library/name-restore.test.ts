import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the event loop take one turn, where idle work runs. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A saved index of `count` entries, each with its own name and one of three shared tags. */
function savedMany(count: number) {
  const index = createNameIndex();
  for (let i = 0; i < count; i++)
    index.set(`b${i}`, [
      `b${i}`,
      `Story number ${i}`,
      ['energy', 'border', 'budget'][i % 3] as string,
    ]);
  return index.state();
}

describe('the exact names of a restore, put back after the start', () => {
  it('are put back in idle turns, a slice of entries at a time', async () => {
    const index = createNameIndex();
    index.restore(savedMany(5000));
    // Nothing put back yet: the restore itself leaves them to idle turns.
    expect(index.namesBehind()).toBe(5000);
    await turn();
    expect(index.namesBehind()).toBe(3000);
    await turn();
    await turn();
    expect(index.namesBehind()).toBe(0);
    expect(index.match('story number 4321')).toEqual({ exact: true, ids: ['b4321'] });
  });

  it('are all put back at once when a lookup comes first, answering as if never deferred', () => {
    const index = createNameIndex();
    index.restore(savedMany(5000));
    expect(index.match('b4999')).toEqual({ exact: true, ids: ['b4999'] });
    expect(index.namesBehind()).toBe(0);
    const again = createNameIndex();
    again.restore(savedMany(5000));
    expect(again.complete('energy', 4)).toEqual(['b0', 'b3', 'b6', 'b9']);
    const saved = createNameIndex();
    saved.restore(savedMany(5000));
    expect(saved.state().labels.get('b4998')).toEqual(['b4998', 'story number 4998', 'energy']);
  });

  it('take changes made meanwhile after the restored names, in the order made', async () => {
    const index = createNameIndex();
    index.restore(savedMany(3000));
    // Before any idle turn: a start's own changes (a file changed while the bot was down).
    index.set('b1', ['b1', 'Story renamed']);
    index.remove('b2');
    index.set('new', ['new', 'energy']);
    index.set('new', ['new', 'energy', 'Fresh story']);
    expect(index.namesBehind()).toBe(3004);
    while (index.namesBehind() > 0) await turn();
    expect(index.match('story renamed')).toEqual({ exact: true, ids: ['b1'] });
    expect(index.match('story number 1').exact).toBe(false);
    expect(index.match('b2').exact).toBe(false);
    expect(index.match('fresh story')).toEqual({ exact: true, ids: ['new'] });
    // A shared name lists the restored entries first, then the one added since, as at once.
    const all = index.match('energy');
    expect(all.exact && all.ids.length).toBe(1001);
    expect(index.complete('energy', 1001).at(-1)).toBe('new');
  });

  it('wait for the restored names, then come a slice at a time themselves', async () => {
    const index = createNameIndex();
    index.restore(savedMany(2000));
    index.set('late', ['late', 'Late story']);
    await turn();
    // The first turn's slice was the 2,000 restored entries; the change waits for the next.
    expect(index.namesBehind()).toBe(1);
    await turn();
    expect(index.namesBehind()).toBe(0);
    expect(index.match('late story')).toEqual({ exact: true, ids: ['late'] });

    const busy = createNameIndex();
    busy.restore(savedMany(10));
    for (let i = 0; i < 2500; i++) busy.set(`n${i}`, [`n${i}`]);
    await turn();
    expect(busy.namesBehind()).toBe(510);
    await turn();
    expect(busy.namesBehind()).toBe(0);
    expect(busy.match('n2499')).toEqual({ exact: true, ids: ['n2499'] });
  });

  it('leave nothing queued once caught up: later changes apply at once', () => {
    const index = createNameIndex();
    index.restore(savedMany(10));
    expect(index.match('b1')).toEqual({ exact: true, ids: ['b1'] });
    index.set('after', ['after']);
    expect(index.namesBehind()).toBe(0);
  });

  it('stop taking idle turns once all is put back', () => {
    vi.useFakeTimers({ toFake: ['setImmediate'] });
    const index = createNameIndex();
    index.restore(savedMany(5000));
    // Every turn there is: an index that went on asking for turns would never let this end.
    vi.runAllTimers();
    expect(index.namesBehind()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuse a second restore while the first is still being put back', () => {
    const index = createNameIndex();
    index.restore(savedMany(10));
    expect(() => index.restore(savedMany(10))).toThrow(/only while empty/);
    expect(index.match('b9')).toEqual({ exact: true, ids: ['b9'] });
  });
});
