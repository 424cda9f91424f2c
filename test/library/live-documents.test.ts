import { describe, expect, it } from 'vitest';
import { syntheticBriefings } from '../../bench/corpus.ts';
import { createBm25Index } from '../../src/library/bm25-index.ts';
import { createLiveDocuments } from '../../src/library/live-documents.ts';

/** A word's list in one field holding these documents, once each. */
const listOf = (docs: number[]) => ({ pairs: docs.flatMap((doc) => [doc, 1]), size: docs.length });

describe('live documents', () => {
  it('lists a few removed documents, and marks many, counting a list the same either way', () => {
    const live = createLiveDocuments(200);
    expect(live.marks()).toBeUndefined();
    expect(live.removedOnes()).toBeUndefined();
    const list = listOf([0, 5, 64, 65, 120, 199]);
    expect(live.liveIn(list)).toBe(6);
    live.removed(5);
    live.removed(120);
    expect(live.removedOnes()).toEqual({ few: [5, 120] });
    expect(live.liveIn(list)).toBe(4);
    expect(live.marks()?.[5]).toBe(0);
    // Up to 64 removed are listed; past that every document is told by its mark.
    for (let doc = 130; doc < 192; doc++) live.removed(doc);
    expect(live.removedCount()).toBe(64);
    expect(live.removedOnes()).toHaveProperty('few');
    // The 64th removed is listed with the rest.
    expect(live.liveIn(listOf([0, 191]))).toBe(1);
    live.removed(199);
    expect(live.removedCount()).toBe(65);
    expect(live.removedOnes()).toHaveProperty('live');
    expect(live.liveIn(list)).toBe(3);
    expect([live.isLive(0), live.isLive(5), live.isLive(199)]).toEqual([true, false, false]);
    expect(live.count()).toBe(135);
  });

  it('grows as documents are added, and starts again whole after a compaction', () => {
    const live = createLiveDocuments(0);
    for (let doc = 0; doc < 300; doc++) live.added(doc);
    expect(live.count()).toBe(300);
    expect(live.isLive(299)).toBe(true);
    live.removed(250);
    live.reset(299);
    expect(live.count()).toBe(299);
    expect(live.removedCount()).toBe(0);
    expect(live.removedOnes()).toBeUndefined();
    expect(live.isLive(250)).toBe(true);
    live.removed(3);
    expect(live.removedOnes()).toEqual({ few: [3] });
  });
});

describe('an index with many documents removed and not yet compacted', () => {
  it('scores as an index of only the rest, on common and rare words', () => {
    // Under a tenth of the index removed, so no search compacts it, but more than are listed.
    const docs = [...syntheticBriefings(800)].map((b) => ({
      id: b.id,
      title: b.title,
      summary: b.summary,
    }));
    const fields = ['title', 'summary'] as const;
    const processTerm = (term: string) => term.toLowerCase() || null;
    const build = (commonWord: number, from: typeof docs) => {
      const index = createBm25Index({ fields, processTerm, commonWord });
      for (const { id, ...doc } of from) index.add(id, doc);
      return index;
    };
    const removed = new Set(docs.filter((_, i) => i % 11 === 3).map((doc) => doc.id));
    expect(removed.size).toBeGreaterThan(64);
    expect(removed.size * 10).toBeLessThan(docs.length);
    const rest = docs.filter((doc) => !removed.has(doc.id));
    for (const commonWord of [1, Infinity]) {
      const index = build(commonWord, docs);
      // Searched first, so that the sums kept from before the removals must be dropped.
      index.search('sanctions talks', { combineWith: 'AND' });
      for (const id of removed) index.remove(id);
      const fresh = build(commonWord, rest);
      for (const query of ['sanctions talks', 'talks', 'grain exports', 'valmora']) {
        const ours = index.search(query, { combineWith: 'AND' });
        const theirs = new Map(
          fresh.search(query, { combineWith: 'AND' }).map((hit) => [hit.id, hit.score]),
        );
        expect(ours.length, query).toBe(theirs.size);
        for (const hit of ours) expect(hit.score).toBeCloseTo(theirs.get(hit.id) ?? Number.NaN, 9);
      }
    }
  });
});
