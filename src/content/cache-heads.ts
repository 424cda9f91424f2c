import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { forEachLine, prefixOf } from './cache-file.ts';
import type { StoredHead } from './lean-briefing.ts';

/*
 * The briefing cache's heads, saved apart from it in a compact form, so that a restart need not
 * read the whole cache file and parse every head in it. At 100,000 briefings the cache is
 * 880 MB, its heads 270 MB of JSON, and most of that is the same people described again in
 * every briefing and the same speaker ids in every statement's cues: parsing the heads and
 * sharing those repeats again took about 2.5 s of a 3-second read, plus collection after it.
 * Here each distinct entry (a person, an organisation, a group, a place) and each recurring
 * text (dates, tags, speaker ids, kinds) is written once, in tables, and heads refer to them
 * by number: about 60 MB, read back in well under a second, already shared.
 *
 * The file: a header line; one line per cache entry, `[name, mtimeMs, size, lineAt,
 * lineLength, bodyAt, current, head]`; then a last line with the tables. It is only a faster
 * way to the cache file's own heads, valid for that very file up to the length it records:
 * anything appended since is read from the cache file as before, and a cache file rewritten
 * since (a compaction, another process's copy) makes it useless, so it is ignored.
 */

/** Bump when what is written changes: a file of another format is ignored. */
export const HEADS_FORMAT = 1;

/** Which cache file, and how much of it, the heads describe. */
export interface CacheIdentity {
  /** The cache's rules and folder (its header line), as written. */
  header: string;
  /** The cache file's device and inode: a compaction renames a new file into its place. */
  dev: number;
  ino: number;
  /** Bytes of the cache file described; lines after them were appended since. */
  length: number;
  /** Of those bytes, how many hold only superseded lines (the cache compacts on it). */
  stale: number;
}

/** One cache entry as the heads file keeps it: its file's stamp, its line, and its head. */
export interface HeadEntry {
  name: string;
  mtimeMs: number;
  size: number;
  lineAt: number;
  lineLength: number;
  bodyAt: number;
  current: boolean;
  head: StoredHead;
}

export interface Header extends CacheIdentity {
  format: number;
  count: number;
}

export interface Tables {
  texts: string[];
  entries: unknown[];
}

export type Line = [string, number, number, number, number, number, 0 | 1, Record<string, unknown>];

/** Sections of a head whose entries go in the entries table. */
export const SECTIONS = ['people', 'organisations', 'groups', 'places'] as const;

/**
 * The heads file's entries, if it describes the cache file at hand: the same file (not one put
 * in its place since), with the same header, no shorter than it was, and with the last line it
 * describes still there as it was (the file was only added to since). Undefined if it does not,
 * or if it cannot be trusted: another format, torn or damaged, a number outside its tables.
 * `readBytes` reads the cache file, whose `stats` are given.
 */
export function readFittingHeads(
  file: string,
  header: string,
  stats: { dev: number; ino: number; size: number },
  readBytes: (at: number, count: number) => Buffer,
): CacheHeads | undefined {
  let saved: CacheHeads;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    saved = readHeadsFile(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const { identity } = saved;
  if (identity.ino !== stats.ino || identity.dev !== stats.dev) return undefined;
  if (`${identity.header}\n` !== header || identity.length > stats.size) return undefined;
  try {
    if (!readBytes(0, Buffer.byteLength(header)).equals(Buffer.from(header))) return undefined;
    let last: HeadEntry | undefined;
    for (const entry of saved.entries) if (!last || entry.lineAt > last.lineAt) last = entry;
    if (last !== undefined) {
      const prefix = Buffer.from(prefixOf(last.name, last));
      if (!readBytes(last.lineAt, prefix.length).equals(prefix)) return undefined;
    }
  } catch {
    return undefined;
  }
  return saved;
}

/** What a heads file says of the cache file it describes, and its entries. */
export interface CacheHeads {
  identity: CacheIdentity;
  entries: HeadEntry[];
  /** The distinct texts and entries the heads share, for later heads to share too. */
  texts: readonly string[];
  shared: readonly unknown[];
}

/** An entry as the sections hold them: an id, a name and aliases at least. */
function isEntry(value: unknown): boolean {
  const { id, name, aliases } = (value ?? {}) as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof name === 'string' &&
    Array.isArray(aliases) &&
    aliases.every((alias) => typeof alias === 'string')
  );
}

/** A list, or a throw: a number or `true` where a list should be would pass for an empty one. */
function asList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error('not a list');
  return value;
}

/** Whether a list holds only texts. */
const allText = (values: unknown[]) => values.every((value) => typeof value === 'string');

/** Calls `onLine` with each entry line: the buffer, and where the line starts and ends in it. */
type EntryLines = (onLine: (buffer: Buffer, start: number, end: number) => void) => void;

/** Reads a heads file's bytes back, or undefined where they cannot be trusted (see `parse`). */
export function readCacheHeads(bytes: Buffer): CacheHeads | undefined {
  try {
    const first = bytes.indexOf(10);
    const last = bytes.lastIndexOf(10, bytes.length - 2);
    return parse(bytes.toString('utf8', 0, first), bytes.toString('utf8', last + 1), (onLine) => {
      for (let start = first + 1; start <= last; ) {
        const end = bytes.indexOf(10, start);
        onLine(bytes, start, end);
        start = end + 1;
      }
    });
  } catch {
    return undefined;
  }
}

/** Bytes of the heads file read at a time to find its first and last lines. */
const EDGE_BYTES = 1 << 16;

/**
 * Reads an open heads file as `readCacheHeads` reads its bytes, throwing where it cannot be
 * trusted. Its entry lines go through one reused buffer: read whole (65 MB at 100,000
 * briefings), the file cost a restart about 0.2 s of writing memory new to the process.
 */
function readHeadsFile(fd: number): CacheHeads {
  const size = fstatSync(fd).size;
  const at = (from: number, count: number): Buffer => {
    const buffer = Buffer.allocUnsafe(count);
    if (readSync(fd, buffer, 0, count, from) !== count) throw new Error('shorter than it was');
    return buffer;
  };
  // The first newline, and the last but for the file's last byte: where the tables line starts.
  let first = -1;
  for (let span = EDGE_BYTES; first < 0; span *= 4) {
    first = at(0, Math.min(span, size)).indexOf(10);
    if (first < 0 && span >= size) throw new Error('no header line');
  }
  let last = -1;
  for (let span = EDGE_BYTES; last < 0; span *= 4) {
    const from = Math.max(0, size - 1 - span);
    last = at(from, size - 1 - from).lastIndexOf(10);
    if (last >= 0) last += from;
    else if (from === 0) throw new Error('no tables line');
  }
  const edge = (from: number, to: number) => at(from, to - from).toString('utf8');
  // The tables line's newline is found before the file's last byte, the header's anywhere, so
  // `last` is never before `first`: with no entries they are the same newline.
  return parse(edge(0, first), edge(last + 1, size), (onLine) => {
    forEachLine(fd, first + 1, last + 1, (buffer, start, end) => onLine(buffer, start, end));
  });
}

/**
 * Reads a heads file from its header line, its tables line and its entry lines, throwing where
 * it cannot be trusted. Anything malformed throws on the way (JSON that does not parse, a list
 * that is not one, a number outside its table), so only what a malformed file could get past is
 * checked by name.
 */
function parse(headerLine: string, tablesLine: string, entryLines: EntryLines): CacheHeads {
  const header = JSON.parse(headerLine) as Header;
  if (header.format !== HEADS_FORMAT) throw new Error('another format');
  const { texts, entries: shared } = JSON.parse(tablesLine) as Tables;
  if (!allText(texts) || !shared.every(isEntry)) throw new Error('a damaged table');
  const text = (n: unknown): string => {
    const value = texts[n as number];
    if (value === undefined) throw new Error('a text outside the table');
    return value;
  };
  // Lists are filled in place, the numbers replaced by what they stand for: new lists for a
  // million entries and cues left as much garbage as they kept, at the end of a start.
  const textList = (value: unknown): string[] => {
    const list = asList(value);
    for (let i = 0; i < list.length; i++) list[i] = text(list[i]);
    return list as string[];
  };
  const saidList = (value: unknown): (string | null)[] => {
    const list = asList(value);
    for (let i = 0; i < list.length; i++) list[i] = list[i] === -1 ? null : text(list[i]);
    return list as (string | null)[];
  };
  const entryList = (value: unknown): unknown[] => {
    const list = asList(value);
    for (let i = 0; i < list.length; i++) {
      const entry = shared[list[i] as number];
      if (entry === undefined) throw new Error('an entry outside the table');
      list[i] = entry;
    }
    return list;
  };
  const entries: HeadEntry[] = [];
  entryLines((bytes, start, end) => {
    const line = JSON.parse(bytes.toString('utf8', start, end)) as Line;
    const [name, mtimeMs, size, lineAt, lineLength, bodyAt, current, head] = line;
    // Offsets are not checked: a body read checks its line's start and parses the file again
    // if the line is not there, as it does for any cache entry.
    if (typeof name !== 'string') throw new Error('an entry without a file name');
    head.updated = text(head.updated);
    head.tags = textList(head.tags);
    head.related = textList(head.related);
    const source = head.source as Record<string, unknown>;
    source.publisher = text(source.publisher);
    for (const section of SECTIONS) head[section] = entryList(head[section]);
    const [speakers, kinds, said] = head.cues as unknown[];
    head.cues = { speakers: textList(speakers), kinds: textList(kinds), said: saidList(said) };
    const served = head as unknown as StoredHead;
    entries.push({
      name,
      mtimeMs,
      size,
      lineAt,
      lineLength,
      bodyAt,
      current: current === 1,
      head: served,
    });
  });
  if (entries.length !== header.count) throw new Error('entries missing');
  const { dev, ino, length, stale } = header;
  return { identity: { header: header.header, dev, ino, length, stale }, entries, texts, shared };
}
