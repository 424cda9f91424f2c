import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBm25Index } from '../../src/library/bm25-index.ts';
import { readTextSnapshot, writeTextSnapshot } from '../../src/library/text-snapshot.ts';

// Each check the snapshot's reader makes, tried alone: a snapshot damaged in that one way is not
// trusted (the index is built again), and one that is whole is read wherever its bytes sit.

const fields = ['title', 'body'] as const;
const lower = (term: string) => term.toLowerCase() || null;
const RULES = 'rules-1';
const IDS = ['a', 'b', 'c', 'd', 'e'];

type Header = Record<string, unknown> & { lists: number[]; ids: string[]; terms: string[] };

/** A snapshot's bytes with its header changed by `change`, padded as the writer pads it. */
function withHeader(bytes: Buffer, change: (header: Header) => void): Buffer {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Header;
  change(header);
  let line = JSON.stringify(header);
  line += ' '.repeat((4 - ((Buffer.byteLength(line) + 1) % 4)) % 4);
  return Buffer.concat([Buffer.from(`${line}\n`), bytes.subarray(newline + 1)]);
}

/** The integers after the header, changed by `change` (as little-endian 32-bit numbers). */
function withIntegers(bytes: Buffer, change: (integers: Int32Array) => void): Buffer {
  const copy = Buffer.from(bytes);
  const from = copy.indexOf(10) + 1;
  const integers = new Int32Array(copy.buffer, copy.byteOffset + from, (copy.length - from) / 4);
  change(integers);
  return copy;
}

/** Where the last pair of the snapshot's longest list starts, among its integers. */
function lastPairOfLongest(bytes: Buffer): number {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Header;
  let at = (header.fields as number) * header.ids.length;
  let longest = { size: 0, end: 0 };
  for (let j = 0; j < header.lists.length; j += 3) {
    const size = header.lists[j + 2] as number;
    at += size * 2;
    if (size > longest.size) longest = { size, end: at };
  }
  expect(longest.size).toBeGreaterThan(2);
  return longest.end - 2;
}

describe("the full-text snapshot's reader", () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-snapshot-header-'));
  const file = join(dir, 'index.snapshot');
  const labelled = join(dir, 'labelled.snapshot');
  let whole: Buffer;
  let withLabels: Buffer;
  const read = (bytes: Buffer) => readTextSnapshot(file, RULES, fields.length, bytes);

  beforeAll(() => {
    const index = createBm25Index({ fields, processTerm: lower });
    index.add('a', { title: 'Grain talks', body: 'grain shipping resumed' });
    index.add('b', { title: 'Energy prices', body: 'grain and energy' });
    index.add('c', { title: 'Ceasefire', body: 'talks resumed' });
    index.add('d', { title: 'Grain again', body: 'grain ships' });
    index.add('e', { title: 'Ports', body: 'grain stored' });
    const stamps = new Map(IDS.map((id) => [id, `${id}@1`]));
    writeTextSnapshot(file, RULES, fields.length, index.state(), stamps);
    whole = readFileSync(file);
    // No names given for 'c': it is saved with none.
    const labels = new Map([
      ['a', ['Grain talks', 'grain']],
      ['b', ['Energy prices']],
    ]);
    writeTextSnapshot(labelled, RULES, fields.length, index.state(), stamps, { labels });
    withLabels = readFileSync(labelled);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a whole snapshot, with its stamps and names', () => {
    const saved = read(whole);
    expect(saved?.state.ids).toEqual(IDS);
    expect(saved?.stamps.get('b')).toBe('b@1');
    expect(saved?.labels).toBeUndefined();
    expect(saved?.state.postings.get('grain')?.[1]?.size).toBe(4);
    const named = readTextSnapshot(labelled, RULES, fields.length);
    expect(named?.labels?.get('a')).toEqual(['Grain talks', 'grain']);
    expect(named?.labels?.get('c')).toEqual([]);
  });

  it.each([1, 2, 3])(
    'reads a snapshot whose bytes start %i bytes past a multiple of four in memory',
    (offset) => {
      const shifted = Buffer.alloc(whole.length + offset);
      whole.copy(shifted, offset);
      const saved = read(shifted.subarray(offset));
      expect(saved?.state.ids).toEqual(IDS);
      expect(saved?.state.postings.get('resumed')?.[1]?.pairs.slice(0, 4)).toEqual(
        Int32Array.from([0, 1, 2, 1]),
      );
    },
  );

  it('reads a snapshot whose words are named in another order than their lists come', () => {
    // The first two words swapped in the list of words, and in the lists that point to them:
    // the same snapshot, whose first list is now of the second word named.
    const swapped = withHeader(whole, (h) => {
      [h.terms[0], h.terms[1]] = [h.terms[1] as string, h.terms[0] as string];
      for (let j = 0; j < h.lists.length; j += 3)
        if (h.lists[j] === 0 || h.lists[j] === 1) h.lists[j] = 1 - (h.lists[j] as number);
    });
    const saved = read(swapped);
    for (const term of [...(read(whole)?.state.postings.keys() ?? [])])
      expect(saved?.state.postings.get(term), term).toEqual(read(whole)?.state.postings.get(term));
  });

  it.each<[string, () => Buffer]>([
    ['another byte order', () => withHeader(whole, (h) => (h.littleEndian = !h.littleEndian))],
    ['another number of fields', () => withHeader(whole, (h) => (h.fields = 3))],
    ['a stamp missing', () => withHeader(whole, (h) => (h.stamps = IDS.slice(1)))],
    ['stamps that are not a list', () => withHeader(whole, (h) => (h.stamps = 'a@1'))],
    ['ids that are not a list', () => withHeader(whole, (h) => (h.ids = 'abc' as never))],
    ['words that are not a list', () => withHeader(whole, (h) => (h.terms = 'x' as never))],
    ['lists that are not a list', () => withHeader(whole, (h) => (h.lists = 3 as never))],
    ['a list given two numbers', () => withHeader(whole, (h) => h.lists.push(0, 0))],
    ['more integers said than there are', () => withHeader(whole, (h) => (h.integers = 1000))],
    ['an id given twice', () => withHeader(whole, (h) => (h.ids = ['a', 'b', 'c', 'd', 'a']))],
    ['a list of a word not in its words', () => withHeader(whole, (h) => (h.lists[0] = 999))],
    ['a list of a field below the first', () => withHeader(whole, (h) => (h.lists[1] = -1))],
    ['a list of a field past the last', () => withHeader(whole, (h) => (h.lists[1] = 2))],
    ['a list of a field not whole', () => withHeader(whole, (h) => (h.lists[1] = 0.5))],
    ['a list of no pairs', () => withHeader(whole, (h) => (h.lists[2] = 0))],
    [
      'a list of no pairs, of a word of its own',
      () =>
        withHeader(whole, (h) => {
          h.terms.push('unheard');
          h.lists.push(h.terms.length - 1, 0, 0);
        }),
    ],
    ['bytes after the last integer', () => Buffer.concat([whole, Buffer.alloc(4)])],
    ['a list of part of a pair', () => withHeader(whole, (h) => (h.lists[2] = 0.5))],
    [
      'a list longer than the integers left',
      () => withHeader(whole, (h) => (h.lists[h.lists.length - 1] = 1000)),
    ],
    [
      'integers left over after the last list',
      () =>
        Buffer.concat([
          withHeader(whole, (h) => (h.integers = (h.integers as number) + 2)),
          Buffer.from([0, 0, 0, 0, 1, 0, 0, 0]),
        ]),
    ],
    ['a document below the first', () => withIntegers(whole, (n) => (n[n.length - 2] = -1))],
    ['a document past the last', () => withIntegers(whole, (n) => (n[n.length - 2] = IDS.length))],
    [
      'a document past the last in the last pair of a longer list',
      () => withIntegers(whole, (n) => (n[lastPairOfLongest(whole)] = IDS.length)),
    ],
    ['a word counted no times', () => withIntegers(whole, (n) => (n[n.length - 1] = 0))],
    [
      'a header not ending where the integers may start',
      () => Buffer.concat([Buffer.from(' '), whole]),
    ],
    ['no header line', () => Buffer.from(whole.toString('latin1').replace('\n', ' '), 'latin1')],
    ['names for fewer documents', () => withHeader(withLabels, (h) => (h.labels = [['x']]))],
    [
      'names for more documents',
      () => withHeader(withLabels, (h) => (h.labels = [[], [], [], [], [], []])),
    ],
    ['names that are not a list', () => withHeader(withLabels, (h) => (h.labels = 'x'))],
    [
      'a name that is not text',
      () => withHeader(withLabels, (h) => (h.labels = [[], [], [], [], [1]])),
    ],
    [
      'a document whose names are not a list',
      () => withHeader(withLabels, (h) => (h.labels = [[], [], [], [], 'x'])),
    ],
  ])('is not trusted with %s', (_, damaged) => {
    expect(read(whole)).toBeDefined();
    expect(read(damaged())).toBeUndefined();
  });
});

describe("the full-text snapshot's writer", () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-snapshot-writer-'));
  const file = join(dir, 'index.snapshot');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const stampsOf = (ids: string[]) => new Map(ids.map((id) => [id, `${id}@1`]));
  const savedAgain = (index: ReturnType<typeof createBm25Index>, ids: string[]) => {
    writeTextSnapshot(file, RULES, fields.length, index.state(), stampsOf(ids));
    return readTextSnapshot(file, RULES, fields.length);
  };

  it('leaves out a document removed from the middle, the first kept, in lists with room to grow', () => {
    const index = createBm25Index({ fields, processTerm: lower });
    // 'alpha' is in three bodies: its list has room for a fourth pair, not yet written.
    index.add('x0', { title: '', body: 'alpha beta' });
    index.add('x1', { title: '', body: 'alpha' });
    index.add('x2', { title: '', body: 'alpha' });
    index.add('x3', { title: '', body: 'beta' });
    index.remove('x1');
    const saved = savedAgain(index, ['x0', 'x2', 'x3']);
    expect(saved?.state.ids).toEqual(['x0', 'x2', 'x3']);
    const alpha = saved?.state.postings.get('alpha')?.[1];
    expect(alpha && Array.from(alpha.pairs.subarray(0, alpha.size * 2))).toEqual([0, 1, 1, 1]);
  });

  it('saves a word whose list in one field a compaction emptied', () => {
    const index = createBm25Index({ fields, processTerm: lower });
    index.add('odd', { title: 'shared', body: 'other' });
    const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);
    for (const id of ids) index.add(id, { title: id, body: 'shared' });
    index.remove('odd');
    for (const id of ids.slice(0, 24)) index.remove(id);
    // A tenth and more removed: this search compacts the index, and the word's title list goes.
    expect(index.search('shared', { combineWith: 'AND' })).toHaveLength(6);
    const saved = savedAgain(index, ids.slice(24));
    const loaded = createBm25Index({ fields, processTerm: lower, from: saved?.state });
    expect(loaded.search('shared', { combineWith: 'AND' })).toEqual(
      index.search('shared', { combineWith: 'AND' }),
    );
  });
});
