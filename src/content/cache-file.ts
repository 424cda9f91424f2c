import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { briefingSchema } from './briefing-schema.ts';
import type { FileStamp } from './read-briefing-file.ts';

/*
 * The briefing cache's file format: a header line naming the rules and the folder, then one line
 * per file, `{name, mtimeMs, size, head}` TAB `body`. Kept apart from the cache itself so that
 * what writes a cache file from elsewhere (another process's parses) writes the same lines.
 */

/**
 * Bump when a check changes what a clean file is, so cached results made under the old rules are
 * not trusted. Schema changes are caught by the fingerprint below without a bump. 2: each entry
 * holds a head and a body apart, so a start reads only the heads.
 */
const CHECKS_VERSION = 2;

/** Identifies the rules a cached briefing was parsed under: the schema, and the checks' version. */
export const cacheFormat = createHash('sha1')
  .update(JSON.stringify(z.toJSONSchema(briefingSchema, { io: 'input', unrepresentable: 'any' })))
  .update(String(CHECKS_VERSION))
  .digest('hex');

interface Header {
  format: string;
  dir: string;
}

/** The start of an entry's line as written: a check that the line is still the one meant. */
export const prefixOf = (name: string, stamp: FileStamp) =>
  JSON.stringify({ name, mtimeMs: stamp.mtimeMs, size: stamp.size }).slice(0, -1);

export const headerOf = (dir: string) =>
  `${JSON.stringify({ format: cacheFormat, dir } satisfies Header)}\n`;

/** A parsed, clean briefing as the cache keeps it: the JSON of its head and of its body. */
export interface CacheEntry {
  name: string;
  stamp: FileStamp;
  headJson: string;
  bodyJson: string;
}

/**
 * One entry's line as texts to write one after another: up to the body (its name and stamp, its
 * head, the tab), then the body and the newline. The one place the line's layout is written.
 */
function lineParts(entry: CacheEntry): [string, string, string, string, string] {
  return [
    `${prefixOf(entry.name, entry.stamp)},"head":`,
    entry.headJson,
    '}\t',
    entry.bodyJson,
    '\n',
  ];
}

/** One entry's line, newline included, and where its body starts in it. */
export function cacheLine(entry: CacheEntry): { line: Buffer; bodyFrom: number } {
  const [prefix, head, tab, body, newline] = lineParts(entry);
  const front = Buffer.from(prefix + head + tab);
  return { line: Buffer.concat([front, Buffer.from(body + newline)]), bodyFrom: front.length };
}

/**
 * Writes a whole cache file for `dir` from entries parsed elsewhere (another process's, through
 * the database), entry by entry so they need not all be in memory, and atomically: `commit` puts
 * it in place, and the start that follows opens it as it would its own. The caller vouches that
 * each entry is what its file, at that stamp, parses to.
 */
export function createBriefingCacheWriter(file: string, dir: string) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const out = openSync(temporary, 'w');
  let written = 0;
  let open = true;
  const close = () => {
    if (open) closeSync(out);
    open = false;
  };
  try {
    writeSync(out, headerOf(dir));
  } catch (error) {
    close();
    rmSync(temporary, { force: true });
    throw error;
  }
  const lines = lineBuffer(out);
  return {
    add(entry: CacheEntry): void {
      lines.add(entry);
      written++;
    },
    /** Puts the file in place; returns how many entries it holds. */
    commit(): number {
      lines.flush();
      close();
      renameSync(temporary, file);
      return written;
    },
    /** Leaves no trace of the file (a failed copy). */
    abort(): void {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** Bytes gathered before a write when a whole cache file is written (createBriefingCacheWriter). */
const WRITE_BYTES = 1 << 20;

/**
 * Entries' lines (`lineParts`), encoded into one buffer and written when it is full.
 * A new process writes 10,000 lines at once from the database's rows: a buffer and a write for
 * each line, from text already in memory, made about half of its seeding time garbage collection.
 */
function lineBuffer(fd: number) {
  let buffer = Buffer.allocUnsafe(WRITE_BYTES);
  let used = 0;
  const flush = () => {
    let at = 0;
    while (at < used) at += writeSync(fd, buffer, at, used - at);
    used = 0;
  };
  return {
    add(entry: CacheEntry): void {
      const parts = lineParts(entry);
      // At most three bytes per UTF-16 unit: room for that, and the line is never cut short.
      let most = 0;
      for (const part of parts) most += 3 * part.length;
      if (used + most > buffer.length) flush();
      if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
      for (const part of parts) used += buffer.write(part, used);
    },
    flush,
  };
}

/** Bytes read at a time when a cache file is read line by line. */
const CHUNK = 1 << 22;

/**
 * Calls `onLine` with each whole line of an open file, from byte `from` to `size`: the buffer,
 * where the line starts and ends in it (the newline), and where it starts in the file. Reads
 * through one buffer, reused, so that a start leaves no large allocations behind. Returns where
 * the last whole line ends, and whether bytes follow it (a line torn by a crash mid-write).
 */
export function forEachLine(
  fd: number,
  from: number,
  size: number,
  onLine: (buffer: Buffer, start: number, end: number, at: number) => void,
): { end: number; torn: boolean } {
  let buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size - from, 1)));
  let filled = 0;
  let bufferAt = from;
  while (bufferAt + filled < size) {
    if (filled === buffer.length) {
      // A line longer than the buffer: grow it (rare; briefings are a few kB).
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    // Never past `size`: what follows may be another part of the file (a heads file's tables).
    const wanted = Math.min(buffer.length - filled, size - bufferAt - filled);
    const read = readSync(fd, buffer, filled, wanted, bufferAt + filled);
    if (read === 0) break;
    filled += read;
    let start = 0;
    for (let end = buffer.indexOf(10); end >= 0 && end < filled; end = buffer.indexOf(10, start)) {
      onLine(buffer, start, end, bufferAt + start);
      start = end + 1;
    }
    buffer.copy(buffer, 0, start, filled);
    filled -= start;
    bufferAt += start;
  }
  return { end: bufferAt, torn: filled > 0 };
}

/** Whether a header line is of these rules and this folder; throws if it is not JSON. */
export function headerFits(line: string, dir: string): boolean {
  const header = JSON.parse(line) as Header;
  return header.format === cacheFormat && header.dir === dir;
}

/** Whether `file` is a briefing cache this code can use for `dir` (its header, read alone). */
export function isUsableBriefingCache(file: string, dir: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, read).indexOf(10);
    if (end < 0) return false;
    return headerFits(buffer.toString('utf8', 0, end), dir);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
