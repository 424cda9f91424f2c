import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { syntheticBriefings } from '../../bench/corpus.ts';
import { createBm25Index, type Hit, type SearchOptions } from '../../src/library/bm25-index.ts';
import {
  readTextSnapshot,
  writeTextSnapshot,
  writeTextSnapshotInSlices,
} from '../../src/library/text-snapshot.ts';
import { seedBriefings } from '../helpers/briefings.ts';

// The index must rank as MiniSearch did before it: MiniSearch is the reference here, on the seed
// briefing and synthetic ones that share a small vocabulary (most words in most documents).

const fields = ['title', 'summary', 'points', 'statements', 'keywords'] as const;
type Doc = Record<(typeof fields)[number], string> & { id: string };
const boost = { title: 3, summary: 2, points: 2, keywords: 1.5 };
const stop = new Set(['the', 'of', 'and', 'in', 'to', 'a']);
const processTerm = (term: string) => {
  const lower = term.toLowerCase();
  return lower === '' || stop.has(lower) ? null : lower;
};

const docs: Doc[] = [
  ...seedBriefings(),
  ...[...syntheticBriefings(300)].map((b) => ({ ...b, tags: b.tags })),
].map((b) => ({
  id: b.id,
  title: b.title,
  summary: b.summary,
  points: b.keyPoints.map((p) => p.text).join('\n'),
  statements: b.statements.map((s) => s.context).join('\n'),
  keywords: b.tags.join('\n'),
}));

const loose = {
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
};

const AND = { combineWith: 'AND' } as const;

const queries: [string, SearchOptions][] = [
  ['sanctions', AND],
  ['sanctions talks', AND],
  ['sanctions talks', {}],
  ['the border talks talks', AND],
  ['artillery shells', AND],
  ['Pyongyang', AND],
  ['the of', AND],
  ['qwertyuiop', AND],
  // A word that stands for nothing indexed: AND matches nothing, however common the others.
  ['sanctions qwertyuiop', AND],
  ['sanctions talks qwertyuiop', { ...loose, combineWith: 'AND' }],
  ['artilery', { ...loose, combineWith: 'AND' }],
  ['sanctons energy', { ...loose, combineWith: 'AND' }],
  ['sanc', { ...loose, combineWith: 'AND' }],
  ['strateg partnrship', { ...loose, combineWith: 'AND' }],
  ['sanctions qwertyuiop', { ...loose, combineWith: 'OR' }],
  ['grain valmora shipping', { combineWith: 'OR' }],
];

function reference(documents: Doc[]) {
  const mini = new MiniSearch<Doc>({ fields: [...fields], processTerm, searchOptions: { boost } });
  mini.addAll(documents);
  return mini;
}

function expectSameRanking(ours: Hit[], mini: MiniSearch<Doc>, query: string, options: object) {
  const theirs = mini.search(query, options);
  expect(ours.map((hit) => hit.id).sort(), query).toEqual(
    theirs.map((hit) => String(hit.id)).sort(),
  );
  const byId = new Map(theirs.map((hit) => [String(hit.id), hit]));
  ours.forEach((hit, i) => {
    const their = byId.get(hit.id);
    expect(hit.score).toBeCloseTo(their?.score ?? Number.NaN, 9);
    expect([...hit.terms].sort()).toEqual([...(their?.terms ?? [])].sort());
    // Best first: equal scores may come in either order.
    if (i > 0) expect(hit.score).toBeLessThanOrEqual((ours[i - 1] as Hit).score);
  });
}

describe('createBm25Index', () => {
  it('scores and ranks as MiniSearch does, exact, prefix, fuzzy, AND and OR', () => {
    const index = createBm25Index({ fields, boost, processTerm });
    for (const { id, ...doc } of docs) index.add(id, doc);
    const mini = reference(docs);
    for (const [query, options] of queries) {
      const ours = index.search(query, options);
      expectSameRanking(ours, mini, query, options);
    }
    expect(index.search('sanctions talks', AND).length).toBeGreaterThan(100);
    expect(index.search('artillery shells', AND)[0]?.id).toBe('russia-dprk');
    expect(index.search('artilery', { ...loose, combineWith: 'AND' })[0]?.terms).toEqual([
      'artillery',
    ]);
  });

  it('gives the same best hits, and the total, when asked for only the first few', () => {
    const index = createBm25Index({ fields, boost, processTerm });
    for (const { id, ...doc } of docs) index.add(id, doc);
    for (const [query, options] of queries) {
      const all = index.search(query, options);
      for (const limit of [0, 1, 5, 15, 60, 1000]) {
        const { total, hits } = index.top(query, options, limit);
        expect(total, query).toBe(all.length);
        expect(hits, `${query}, ${limit}`).toEqual(all.slice(0, limit));
      }
    }
  });

  it('stays equal to a fresh index after documents are replaced and removed', () => {
    const index = createBm25Index({ fields, boost, processTerm });
    for (const { id, ...doc } of docs) index.add(id, doc);
    const remaining = new Map(docs.map((doc) => [doc.id, doc]));
    // Enough removals to compact the postings (a tenth of the index) and some that do not.
    docs.slice(10, 60).forEach((doc, i) => {
      index.remove(doc.id);
      if (i % 2 === 0) {
        const changed = { ...doc, title: `${doc.title} revised` };
        const { id, ...fieldsOf } = changed;
        index.add(id, fieldsOf);
        remaining.set(id, changed);
      } else remaining.delete(doc.id);
      if (i === 5)
        expectSameRanking(
          index.search('sanctions'),
          reference([...remaining.values()]),
          'sanctions',
          {},
        );
    });
    index.remove('not-there');
    const mini = reference([...remaining.values()]);
    for (const [query, options] of [...queries, ['revised talks', AND] as [string, SearchOptions]])
      expectSameRanking(index.search(query, options), mini, query, options);
    expect(index.has(docs[11]?.id ?? '')).toBe(false);
    expect(index.has(docs[10]?.id ?? '')).toBe(true);
  });

  it('scores by the lengths as they are after every kind of change, searched between changes', () => {
    // Each document's length norm is worked out at the first search after a change: a removal,
    // an addition and a compaction each move the averages (or renumber the documents), and a
    // search just before each must not leave the next one scoring by the old norms.
    for (const commonWord of [1, Infinity]) {
      const index = createBm25Index({ fields, boost, processTerm, commonWord });
      const remaining = new Map(docs.map((doc) => [doc.id, doc]));
      for (const { id, ...doc } of docs) index.add(id, doc);
      const check = () => {
        const mini = reference([...remaining.values()]);
        for (const [query, options] of queries.slice(0, 5))
          expectSameRanking(index.search(query, options), mini, query, options);
      };
      check();
      const one = docs[3] as Doc;
      index.remove(one.id);
      remaining.delete(one.id);
      check();
      const { id, ...fieldsOf } = { ...one, summary: `${one.summary} sanctions sanctions talks` };
      index.add(id, fieldsOf);
      remaining.set(id, { id, ...fieldsOf });
      check();
      // Removals up to a compaction (more than half the index gone), with a search before it.
      const rest = docs.filter((doc) => doc.id !== id);
      const half = Math.ceil(docs.length / 2);
      rest.slice(0, half - 1).forEach((doc) => {
        index.remove(doc.id);
        remaining.delete(doc.id);
      });
      check();
      for (const doc of rest.slice(half - 1, half + 1)) {
        index.remove(doc.id);
        remaining.delete(doc.id);
      }
      check();
    }
  });

  it('ranks words common enough for the threshold search as a full scan does', () => {
    // Every word counts as common, so every AND query of exact words takes that path.
    const common = createBm25Index({ fields, boost, processTerm, commonWord: 1 });
    const scan = createBm25Index({ fields, boost, processTerm, commonWord: Infinity });
    for (const { id, ...doc } of docs) {
      common.add(id, doc);
      scan.add(id, doc);
    }
    const mini = reference(docs);
    const exact: string[] = ['sanctions talks', 'talks', 'the border talks talks', 'valmora grain'];
    for (const query of exact) {
      expectSameRanking(common.search(query, AND), mini, query, AND);
      const all = scan.search(query, AND);
      expect(all.length, query).toBeGreaterThan(5);
      for (const limit of [1, 3, 10, 40, 1000]) {
        const { total, hits } = common.top(query, AND, limit);
        expect(total, query).toBe(all.length);
        expect(
          hits.map((hit) => hit.id),
          `${query}, ${limit}`,
        ).toEqual(all.slice(0, limit).map((hit) => hit.id));
        for (const [i, hit] of hits.entries())
          expect(hit.score).toBeCloseTo(all[i]?.score ?? Number.NaN, 9);
      }
    }
    // Scores kept for a word are dropped when the index changes.
    common.remove(docs[5]?.id ?? '');
    scan.remove(docs[5]?.id ?? '');
    expect(common.top('sanctions talks', AND, 5).hits.map((hit) => hit.id)).toEqual(
      scan.top('sanctions talks', AND, 5).hits.map((hit) => hit.id),
    );
    expect(common.search('sanctions talks', AND).some((hit) => hit.id === docs[5]?.id)).toBe(false);
  });

  it('ranks as a full scan does with arrays reserved for common words, and past their room', async () => {
    const common = createBm25Index({ fields, boost, processTerm, commonWord: 1 });
    const scan = createBm25Index({ fields, boost, processTerm, commonWord: Infinity });
    const addAll = (from: number, to: number) => {
      for (const { id, ...doc } of docs.slice(from, to)) {
        common.add(id, doc);
        scan.add(id, doc);
      }
    };
    const expectSame = (when: string) => {
      for (const query of ['sanctions talks', 'valmora grain', 'the border talks', 'talks']) {
        for (const options of [AND, { ...loose, combineWith: 'AND' as const }]) {
          const ours = common.top(query, options, 7);
          const theirs = scan.top(query, options, 7);
          expect(ours.total, `${query}, ${when}`).toBe(theirs.total);
          expect(ours.hits.map((hit) => hit.id)).toEqual(theirs.hits.map((hit) => hit.id));
          // Summed in another order (word by word, not posting by posting): equal but for the
          // last bits.
          for (const [i, hit] of ours.hits.entries())
            expect(hit.score).toBeCloseTo(theirs.hits[i]?.score ?? Number.NaN, 9);
        }
      }
    };
    addAll(0, 150);
    common.reserveSearch();
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
    expectSame('reserved');
    // Twice: the second search of a word walks its order, made in the reserved arrays.
    expectSame('walked');
    // The index grows past the room reserved (an eighth more documents, and 64).
    addAll(150, docs.length);
    expectSame('grown');
    expectSame('grown, walked');
  });

  it('finds every near spelling of a word, whichever letter the typo is in, as words come and go', () => {
    const index = createBm25Index({ fields, boost, processTerm });
    const half = Math.floor(docs.length / 2);
    for (const { id, ...doc } of docs.slice(0, half)) index.add(id, doc);
    const loosely = { ...loose, combineWith: 'AND' } as const;
    // Typos in the first letter (dropped, replaced, another before it), further in, and at the
    // end; and words two edits away, which a search allows none of.
    const typos = (word: string) => [
      word.slice(1),
      `x${word.slice(1)}`,
      `a${word}`,
      `${word.slice(0, 2)}${word.slice(3)}`,
      `${word.slice(0, 3)}z${word.slice(4)}`,
      `${word}s`,
      `${word.slice(0, -1)}`,
      `q${word.slice(2)}`,
    ];
    const words = ['sanctions', 'artillery', 'pyongyang', 'ceasefire', 'shipping', 'revised'];
    const check = (present: Doc[]) => {
      const mini = reference(present);
      for (const word of words)
        for (const typo of typos(word))
          expectSameRanking(index.search(typo, loosely), mini, typo, loosely);
    };
    check(docs.slice(0, half));
    // Words new to the index after the first loose search, then a compaction that drops some.
    const added = docs.slice(half).map((doc) => ({ ...doc, title: `${doc.title} revised` }));
    for (const { id, ...doc } of added) index.add(id, doc);
    check([...docs.slice(0, half), ...added]);
    for (const doc of docs.slice(0, half)) index.remove(doc.id);
    check(added);
  });

  it('finds nothing in an empty index or for no words', () => {
    const index = createBm25Index({ fields, boost, processTerm });
    expect(index.search('sanctions')).toEqual([]);
    index.add('a', { title: 'Sanctions', summary: '', points: '', statements: '', keywords: '' });
    expect(index.search('the, of!')).toEqual([]);
    index.remove('a');
    expect(index.search('sanctions')).toEqual([]);
  });
});

describe('a saved index with documents removed since its last compaction', () => {
  const live = docs.filter((_, i) => i % 5 !== 0);
  const build = (from: readonly Doc[]) => {
    const index = createBm25Index({ fields, boost, processTerm });
    for (const { id, ...doc } of from) index.add(id, doc);
    return index;
  };
  const ranked = (index: ReturnType<typeof build>) =>
    ['sanctions', 'talks grain', 'artillery', 'putin kim'].map((query) =>
      index.search(query, { combineWith: 'OR' }).map((hit) => `${hit.id} ${hit.score.toFixed(6)}`),
    );

  it.each([
    [8, 'sync'],
    [12, 'sync'],
    [20, 'slices'],
    [4096, 'slices'],
  ] as const)(
    'loads back as the index of the documents kept (%i-byte slices, %s)',
    async (chunkBytes, how) => {
      const index = build(docs);
      // Fewer removals than make the index compact itself: their postings are still in it.
      for (const { id } of docs.filter((_, i) => i % 5 === 0)) index.remove(id);
      const dir = mkdtempSync(join(tmpdir(), 'briefbot-bm25-'));
      const file = join(dir, 'index.snapshot');
      try {
        const state = index.state();
        expect(state.live).toBeDefined();
        const stamps = new Map(live.map((d) => [d.id, 'v1']));
        if (how === 'sync')
          writeTextSnapshot(file, 'r', fields.length, state, stamps, { chunkBytes });
        else
          await writeTextSnapshotInSlices(file, 'r', fields.length, state, stamps, {
            chunkBytes,
          });
        const saved = readTextSnapshot(file, 'r', fields.length);
        expect(saved?.state.ids).toEqual(live.map((d) => d.id));
        const loaded = createBm25Index({ fields, boost, processTerm, from: saved?.state });
        expect(ranked(loaded)).toEqual(ranked(build(live)));
        expect(ranked(loaded)).toEqual(ranked(index));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('which documents are live, across a restore and a compaction', () => {
  // Documents that all hold one word, so that a search for it lists every live one.
  const plain = ['body'] as const;
  const lower = (term: string) => term.toLowerCase() || null;
  const many = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({ id: `d${from + i}`, body: `shared w${from + i}` }));
  const idsOf = (n: number, from = 0) =>
    many(n, from)
      .map((doc) => doc.id)
      .sort();
  const hits = (index: ReturnType<typeof createBm25Index>) =>
    index
      .search('shared', { combineWith: 'AND' })
      .map((hit) => hit.id)
      .sort();

  it('keeps every document of a restored index live once another is removed', () => {
    const first = createBm25Index({ fields: plain, processTerm: lower });
    for (const { id, ...doc } of many(300)) first.add(id, doc);
    const restored = createBm25Index({ fields: plain, processTerm: lower, from: first.state() });
    restored.remove('d0');
    expect(hits(restored)).toEqual(idsOf(299, 1));
  });

  it('keeps every document left by a compaction live once another is removed', () => {
    const index = createBm25Index({ fields: plain, processTerm: lower });
    for (const { id, ...doc } of many(300)) index.add(id, doc);
    // A tenth of the index and more: the next search compacts it.
    for (let i = 0; i < 40; i++) index.remove(`d${i}`);
    expect(hits(index)).toHaveLength(260);
    index.remove('d40');
    expect(hits(index)).toEqual(idsOf(259, 41));
  });

  it('lists the documents holding a word after a compaction emptied its list in one field', () => {
    const two = ['title', 'body'] as const;
    const index = createBm25Index({ fields: two, processTerm: lower });
    // The word is in one document's title and in every other document's body.
    index.add('odd', { title: 'shared', body: 'other' });
    for (let i = 0; i < 30; i++) index.add(`d${i}`, { title: `t${i}`, body: 'shared' });
    index.remove('odd');
    for (let i = 0; i < 24; i++) index.remove(`d${i}`);
    // A search compacts the index (a tenth and more removed): the title list of the word is gone.
    expect(index.search('shared', { combineWith: 'AND' })).toHaveLength(6);
    expect([...index.documentsWith('shared')]).toEqual(['d24', 'd25', 'd26', 'd27', 'd28', 'd29']);
  });
});
