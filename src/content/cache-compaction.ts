import { closeSync, openSync, renameSync, writeSync } from 'node:fs';

/** Where a cache entry's line is in the cache file, as `lineAt` and `lineLength` (no newline). */
export interface LinePlace {
  lineAt: number;
  lineLength: number;
}

/**
 * Writes the briefing cache again with only the given lines, after its header, to a temporary
 * file renamed into its place: a crash mid-write leaves the old file. Returns the new file's
 * descriptor, left open for the cache to go on writing, each line's new offset in the order
 * given, and the new length. Not the shared replace-file helper: the cache keeps writing to the
 * descriptor it renamed, where that helper closes its own.
 */
export function writeCompacted(
  file: string,
  header: string,
  lines: readonly LinePlace[],
  readBytes: (at: number, count: number) => Buffer,
): { fd: number; offsets: number[]; length: number } {
  const temporary = `${file}.${process.pid}.tmp`;
  const out = openSync(temporary, 'w+');
  const offsets: number[] = [];
  let at = 0;
  try {
    at = writeSync(out, header);
    for (const place of lines) {
      const line = readBytes(place.lineAt, place.lineLength + 1);
      writeSync(out, line, 0, line.length, at);
      offsets.push(at);
      at += line.length;
    }
    renameSync(temporary, file);
  } catch (error) {
    closeSync(out);
    throw error;
  }
  return { fd: out, offsets, length: at };
}
