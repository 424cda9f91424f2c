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
    const stamps = new Map([
      ['a', 'a@1'],
      ['b', 'b@1'],
      ['c', 'c@1'],
    ]);
    writeTextSnapshot(file, RULES, fields.length, index.state(), stamps);
    whole = readFileSync(file);
    const labels = new Map([
      ['a', ['Grain talks', 'grain']],
      ['b', ['Energy prices']],
      ['c', []],
    ]);
    writeTextSnapshot(labelled, RULES, fields.length, index.state(), stamps, { labels });
    withLabels = readFileSync(labelled);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a whole snapshot, with its stamps and names', () => {
    const saved = read(whole);
    expect(saved?.state.ids).toEqual(['a', 'b', 'c']);
    expect(saved?.stamps.get('b')).toBe('b@1');
    expect(saved?.labels).toBeUndefined();
    expect(saved?.state.postings.get('grain')?.[1]?.size).toBe(2);
    const named = readTextSnapshot(labelled, RULES, fields.length);
    expect(named?.labels?.get('a')).toEqual(['Grain talks', 'grain']);
    expect(named?.labels?.get('c')).toEqual([]);
  });

  it('reads a snapshot whose bytes do not start on a multiple of four in memory', () => {
    const shifted = Buffer.alloc(whole.length + 1);
    whole.copy(shifted, 1);
    const saved = read(shifted.subarray(1));
    expect(saved?.state.ids).toEqual(['a', 'b', 'c']);
    expect(saved?.state.postings.get('resumed')?.[1]?.pairs.slice(0, 4)).toEqual(
      Int32Array.from([0, 1, 2, 1]),
    );
  });

  it.each<[string, () => Buffer]>([
    ['another byte order', () => withHeader(whole, (h) => (h.littleEndian = !h.littleEndian))],
    ['another number of fields', () => withHeader(whole, (h) => (h.fields = 3))],
    ['a stamp missing', () => withHeader(whole, (h) => (h.stamps = ['a@1', 'b@1']))],
    ['stamps that are not a list', () => withHeader(whole, (h) => (h.stamps = 'a@1'))],
    ['ids that are not a list', () => withHeader(whole, (h) => (h.ids = 'abc' as never))],
    ['words that are not a list', () => withHeader(whole, (h) => (h.terms = 'x' as never))],
    ['lists that are not a list', () => withHeader(whole, (h) => (h.lists = 3 as never))],
    ['a list given two numbers', () => withHeader(whole, (h) => h.lists.push(0, 0))],
    ['more integers said than there are', () => withHeader(whole, (h) => (h.integers = 1000))],
    ['an id given twice', () => withHeader(whole, (h) => (h.ids = ['a', 'b', 'a']))],
    ['a list of a word not in its words', () => withHeader(whole, (h) => (h.lists[0] = 999))],
    ['a list of a field below the first', () => withHeader(whole, (h) => (h.lists[1] = -1))],
    ['a list of a field past the last', () => withHeader(whole, (h) => (h.lists[1] = 2))],
    ['a list of a field not whole', () => withHeader(whole, (h) => (h.lists[1] = 0.5))],
    ['a list of no pairs', () => withHeader(whole, (h) => (h.lists[2] = 0))],
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
    ['a document past the last', () => withIntegers(whole, (n) => (n[n.length - 2] = 3))],
    ['a word counted no times', () => withIntegers(whole, (n) => (n[n.length - 1] = 0))],
    [
      'a header not ending where the integers may start',
      () => Buffer.concat([Buffer.from(' '), whole]),
    ],
    ['no header line', () => Buffer.from(whole.toString('latin1').replace('\n', ' '), 'latin1')],
    ['names for fewer documents', () => withHeader(withLabels, (h) => (h.labels = [['x']]))],
    ['names that are not a list', () => withHeader(withLabels, (h) => (h.labels = 'x'))],
    ['a name that is not text', () => withHeader(withLabels, (h) => (h.labels = [[1], [], []]))],
    [
      'a document whose names are not a list',
      () => withHeader(withLabels, (h) => (h.labels = ['x', [], []])),
    ],
  ])('is not trusted with %s', (_, damaged) => {
    expect(read(whole)).toBeDefined();
    expect(read(damaged())).toBeUndefined();
  });
});
