import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { replaceFile, replaceFileInSlices } from '../content/replace-file.ts';
import type { Bm25State } from './bm25-index.ts';
import { savedPostings } from './saved-postings.ts';

/**
 * Bump when what is indexed changes (the fields, how text is split into words, the stop words):
 * a snapshot made under other rules is then ignored and the index is built again.
 */
const TEXT_SNAPSHOT_FORMAT = 1;

/** What the snapshot's first line says of it; the postings follow it as 32-bit integers. */
interface Header {
  format: number;
  /** The caller's rules (the briefing cache's format): other rules, other documents. */
  rules: string;
  littleEndian: boolean;
  fields: number;
  ids: string[];
  /** Per document, which version of its briefing was indexed (see `ServedBriefing.stamp`). */
  stamps: string[];
  terms: string[];
  /** Per posting list, three numbers: its word (an index into `terms`), its field, its length. */
  lists: number[];
  /** Integers after the header: the lengths (fields × documents), then every list's pairs. */
  integers: number;
  /** Per document, the names it was indexed under: a name index's snapshot has them. */
  labels?: string[][];
}

/** A full-text index as saved, with the version of each briefing in it. */
export interface TextSnapshot {
  state: Bm25State;
  /** Per briefing id, the stamp of the version indexed. */
  stamps: Map<string, string>;
  /** Per document, its names, when they were saved with it (a name index's snapshot). */
  labels?: Map<string, readonly string[]>;
}

/** What a snapshot may carry beyond the index, and the size of the slices it is written in. */
export interface SnapshotWriteOptions {
  /** Bytes written at a time; tests use a few to try the edges. */
  chunkBytes?: number;
  /** Per document, the names it is indexed under (a name index keeps them beside its words). */
  labels?: ReadonlyMap<string, readonly string[]>;
}

/** Bytes written at a time (a slice, when written in slices). */
const CHUNK = 1 << 20;

/**
 * Arrays and how much of each to write, in order; sizes taken when the write began. A posting
 * list of an index with removed documents has the new ordinals with it: pairs of a removed
 * document (-1) are left out, and the others renumbered, as a compaction would.
 */
type Piece = [ArrayLike<number>, number] | [ArrayLike<number>, number, Int32Array];

/** A snapshot ready to write: its header line, and the integers after it, as captured. */
interface Prepared {
  line: string;
  pieces: Piece[];
}

/**
 * The documents indexed when the write began, renumbered without the removed ones, or none if
 * none was removed. Copied, since removals go on while a snapshot is written in slices.
 */
function renumbering(state: Bm25State, count: number): Int32Array | undefined {
  const { live } = state;
  if (live === undefined) return undefined;
  const ordinals = new Int32Array(count);
  let next = 0;
  for (let ordinal = 0; ordinal < count; ordinal++)
    ordinals[ordinal] = live[ordinal] === 1 ? next++ : -1;
  return next === count ? undefined : ordinals;
}

/** How many of a list's first `size` pairs are of documents kept. */
function keptPairs(pairs: ArrayLike<number>, size: number, ordinals: Int32Array): number {
  let kept = 0;
  for (let i = 0; i < size; i++) if ((ordinals[pairs[2 * i] as number] ?? -1) >= 0) kept++;
  return kept;
}

/**
 * Takes what a snapshot holds, as it is now. The index may change while a snapshot is written in
 * slices: its lists only grow past the sizes taken here (and a compaction replaces them), so
 * what is written is the index as it was at this moment, matching the stamps taken with it.
 */
function prepare(
  rules: string,
  fields: number,
  state: Bm25State,
  stamps: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, readonly string[]> | undefined,
): Prepared {
  const terms: string[] = [];
  const lists: number[] = [];
  const indexed = state.ids.length;
  const ordinals = renumbering(state, indexed);
  const kept = (ordinal: number) => ordinals === undefined || (ordinals[ordinal] ?? -1) >= 0;
  const ids = state.ids.slice(0, indexed).filter((_, ordinal) => kept(ordinal));
  const count = ids.length;
  const pieces: Piece[] = state.lengths
    .slice(0, fields)
    .map((byDoc): Piece => [ordinals ? Array.from(byDoc).filter((_, d) => kept(d)) : byDoc, count]);
  let integers = fields * count;
  for (const [term, byField] of state.postings) {
    const at = terms.length;
    let any = false;
    byField.forEach((list, field) => {
      if (!list || list.size === 0) return;
      const size = ordinals ? keptPairs(list.pairs, list.size, ordinals) : list.size;
      if (size === 0) return;
      any = true;
      lists.push(at, field, size);
      pieces.push(ordinals ? [list.pairs, list.size * 2, ordinals] : [list.pairs, size * 2]);
      integers += size * 2;
    });
    if (any) terms.push(term);
  }
  const header: Header = {
    format: TEXT_SNAPSHOT_FORMAT,
    rules,
    littleEndian: endianness() === 'LE',
    fields,
    ids,
    stamps: ids.map((id) => stamps.get(id) ?? ''),
    terms,
    lists,
    integers,
    ...(labels === undefined ? {} : { labels: ids.map((id) => [...(labels.get(id) ?? [])]) }),
  };
  // Padded so that the integers start on a multiple of 4 bytes and can be read in place.
  let line = JSON.stringify(header);
  line += ' '.repeat((4 - ((Buffer.byteLength(line) + 1) % 4)) % 4);
  return { line: `${line}\n`, pieces };
}

/** Fills a chunk from the pieces, from where the last call stopped; returns how many it holds. */
function filler(pieces: Piece[]) {
  let piece = 0;
  let offset = 0;
  return (chunk: Int32Array): number => {
    let used = 0;
    while (piece < pieces.length && used < chunk.length) {
      const [values, count, ordinals] = pieces[piece] as Piece;
      if (ordinals === undefined) {
        while (offset < count && used < chunk.length) chunk[used++] = values[offset++] as number;
      } else {
        // A pair at a time, so a chunk never ends inside one.
        while (offset < count && used + 1 < chunk.length) {
          const to = ordinals[values[offset] as number] ?? -1;
          if (to >= 0) {
            chunk[used++] = to;
            chunk[used++] = values[offset + 1] as number;
          }
          offset += 2;
        }
        // Stopped short of the piece's end: the chunk has no room for another pair.
        if (offset < count) return used;
      }
      if (offset === count) {
        piece++;
        offset = 0;
      }
    }
    return used;
  };
}

/** The snapshot's pieces: its header line, then its integers a chunk at a time, in one buffer. */
function* piecesOf(prepared: Prepared, chunkBytes: number): Generator<Uint8Array> {
  yield Buffer.from(prepared.line);
  const chunk = new Int32Array(chunkBytes / 4);
  const fill = filler(prepared.pieces);
  for (let used = fill(chunk); used > 0; used = fill(chunk))
    yield new Uint8Array(chunk.buffer, 0, used * 4);
}

/**
 * Saves a full-text index beside the briefing cache, so that a restart loads it rather than
 * reading every briefing's body and indexing it again (at 100,000 briefings, most of a minute).
 * Written to a temporary file and renamed, so a crash mid-write leaves the previous snapshot.
 * All at once: for a shutdown. A running bot uses `writeTextSnapshotInSlices`.
 */
export function writeTextSnapshot(
  file: string,
  rules: string,
  fields: number,
  state: Bm25State,
  stamps: ReadonlyMap<string, string>,
  { chunkBytes = CHUNK, labels }: SnapshotWriteOptions = {},
): void {
  replaceFile(file, piecesOf(prepare(rules, fields, state, stamps, labels), chunkBytes));
}

/**
 * The same, a 1 MB slice at a time with the event loop free between slices: at 100,000
 * briefings the whole write took a second or more of a busy machine, and held up every answer
 * and save meanwhile. Only taking the index's sizes and the header happen at once.
 */
export function writeTextSnapshotInSlices(
  file: string,
  rules: string,
  fields: number,
  state: Bm25State,
  stamps: ReadonlyMap<string, string>,
  { chunkBytes = CHUNK, labels }: SnapshotWriteOptions = {},
): Promise<void> {
  // Prepared now, before any slice: what is written is the index as it is at this call.
  const prepared = prepare(rules, fields, state, stamps, labels);
  return replaceFileInSlices(file, piecesOf(prepared, chunkBytes));
}

/**
 * Reads a snapshot back (or takes its bytes `readAlready`, see read-ahead.ts), or undefined if
 * there is none or it cannot be trusted: another format or rules, another byte order, a torn or
 * damaged file. Every number is checked against what it points into, so a damaged snapshot is
 * rebuilt rather than served.
 */
export function readTextSnapshot(
  file: string,
  rules: string,
  fields: number,
  readAlready?: Buffer,
): TextSnapshot | undefined {
  let bytes: Buffer;
  try {
    bytes = readAlready ?? readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return parse(bytes, rules, fields);
  } catch {
    return undefined;
  }
}

function parse(bytes: Buffer, rules: string, fields: number): TextSnapshot | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0 || (newline + 1) % 4 !== 0) return undefined;
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Header;
  const documents = header.ids?.length;
  if (
    header.format !== TEXT_SNAPSHOT_FORMAT ||
    header.rules !== rules ||
    header.littleEndian !== (endianness() === 'LE') ||
    header.fields !== fields ||
    !Array.isArray(header.ids) ||
    !Array.isArray(header.stamps) ||
    header.stamps.length !== documents ||
    !Array.isArray(header.terms) ||
    !Array.isArray(header.lists) ||
    header.lists.length % 3 !== 0 ||
    bytes.length - (newline + 1) !== header.integers * 4 ||
    new Set(header.ids).size !== documents
  ) {
    return undefined;
  }
  // A copy when the file's bytes do not start on a multiple of 4 in memory (a pooled buffer):
  // the bytes copied whole to a buffer of their own, then read as integers. (An Int32Array made
  // from the bytes themselves would hold one integer per byte.)
  const start = bytes.byteOffset + newline + 1;
  const integers =
    start % 4 === 0
      ? new Int32Array(bytes.buffer, start, header.integers)
      : new Int32Array(new Uint8Array(bytes.subarray(newline + 1)).buffer);
  const lengths: Int32Array[] = [];
  let at = 0;
  for (let f = 0; f < fields; f++, at += documents) {
    lengths.push(integers.subarray(at, at + documents));
  }
  const { terms } = header;
  const lists = Int32Array.from(header.lists);
  const count = lists.length / 3;
  // Each list checked now; a word's lists are made when first read (see saved-postings.ts).
  const offsets = new Int32Array(count);
  const firstList = new Map<string, number>();
  for (let j = 0, word = -1; j < count; j++) {
    const term = terms[header.lists[3 * j] as number];
    const field = header.lists[3 * j + 1] as number;
    const size = header.lists[3 * j + 2] as number;
    if (typeof term !== 'string' || !(field >= 0 && field < fields) || !(size > 0))
      return undefined;
    if (!Number.isInteger(size) || !Number.isInteger(field)) return undefined;
    if (at + size * 2 > integers.length) return undefined;
    for (let p = at; p < at + size * 2; p += 2) {
      const doc = integers[p] as number;
      if (doc < 0 || doc >= documents || (integers[p + 1] as number) <= 0) return undefined;
    }
    offsets[j] = at;
    at += size * 2;
    if (lists[3 * j] === word) continue;
    // A word's lists come one after another, as written, and each word once.
    if (firstList.has(term)) return undefined;
    firstList.set(term, j);
    word = lists[3 * j] as number;
  }
  if (at !== integers.length) return undefined;
  const postings = savedPostings(lists, offsets, integers, firstList);
  const stamps = new Map<string, string>();
  header.ids.forEach((id, ordinal) => {
    stamps.set(id, header.stamps[ordinal] as string);
  });
  const state = { ids: header.ids, lengths, postings };
  if (header.labels === undefined) return { state, stamps };
  const labels = labelsOf(header.ids, header.labels);
  return labels === undefined ? undefined : { state, stamps, labels };
}

/** Each document's names, if the header's are a list of text per document. */
function labelsOf(ids: string[], saved: unknown): Map<string, string[]> | undefined {
  if (!Array.isArray(saved) || saved.length !== ids.length) return undefined;
  const labels = new Map<string, string[]>();
  for (let ordinal = 0; ordinal < ids.length; ordinal++) {
    const names: unknown = saved[ordinal];
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) return undefined;
    labels.set(ids[ordinal] as string, names);
  }
  return labels;
}
