import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { join, sep } from 'node:path';

/** What identifies a file's content cheaply, without reading it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** The default largest briefing file read, in bytes: fifty times the largest briefing shipped. */
export const DEFAULT_MAX_BRIEFING_BYTES = 1024 * 1024;

/** A briefing file, opened and checked: read its text, or close it unread (a cache hit). */
export interface OpenedBriefing {
  stamp: FileStamp;
  /** Reads the whole file as UTF-8 and closes it. */
  read(): string;
  close(): void;
}

/** Why a directory entry with a briefing's name is not read; the message is for the editor. */
export class RefusedBriefingFile extends Error {
  override name = 'RefusedBriefingFile';
}

/**
 * Opens a briefing file for reading, or says why not. Only a regular file counts, in the folder
 * or linked from it to a place inside it: a pipe would block every answer until something
 * wrote to it, a device such as /dev/zero never ends, and a link out of the folder would serve
 * a file that a restart (or another machine) does not have. The file is opened without
 * blocking and checked on the open descriptor, so what is read is what was checked.
 * Returns undefined when the file does not exist (deleted, or a link to nothing).
 *
 * `listed`: the stamp a listing of the folder just took of it as a plain file (read-ahead.ts),
 * taken as the first check's answer rather than asking again; a file read is still opened and
 * checked on its descriptor as below.
 */
export function openBriefingFile(
  dir: string,
  name: string,
  maxBytes: number = DEFAULT_MAX_BRIEFING_BYTES,
  listed?: FileStamp,
): OpenedBriefing | undefined {
  const path = join(dir, name);
  let target = path;
  if (listed) return plainFile(path, listed, maxBytes);
  try {
    const link = lstatSync(path);
    if (link.isFile()) return plainFile(path, { mtimeMs: link.mtimeMs, size: link.size }, maxBytes);
    if (link.isSymbolicLink()) {
      target = realpathSync(path);
      const folder = realpathSync(dir);
      if (!target.startsWith(folder + sep)) {
        throw new RefusedBriefingFile(
          'is a link to a file outside the briefings folder; not read (copy the file in instead)',
        );
      }
    }
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  return openChecked(target, maxBytes);
}

/**
 * A plain file: its stamp is known without opening it, so a start that finds it in the briefing
 * cache costs one system call rather than four (100,000 files at a large start), or none when
 * the folder was listed ahead. It is opened, and checked again on the descriptor, only if read.
 */
function plainFile(path: string, stamp: FileStamp, maxBytes: number): OpenedBriefing {
  if (stamp.size > maxBytes) throw tooLarge(stamp.size, maxBytes);
  return {
    stamp,
    read() {
      const opened = openChecked(path, maxBytes);
      if (opened === undefined) throw new RefusedBriefingFile('was deleted while being read');
      return opened.read();
    },
    close: () => {},
  };
}

/** Opens a file without following a link or blocking, and checks it on the open descriptor. */
function openChecked(target: string, maxBytes: number): OpenedBriefing | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW: a link swapped in after the check above fails to open rather than being followed.
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    if (isMissing(error)) return undefined;
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new RefusedBriefingFile('became a link while being opened; not read');
    }
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new RefusedBriefingFile(`is ${kindOf(stats)}, not a regular file; not read`);
    }
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    const stamp = { mtimeMs: stats.mtimeMs, size: stats.size };
    return {
      stamp,
      read() {
        try {
          return readAtMost(fd, maxBytes);
        } finally {
          closeSync(fd);
        }
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Reads a briefing file's text, refusing what `openBriefingFile` refuses; undefined if missing. */
export function readBriefingFile(dir: string, name: string, maxBytes?: number): string | undefined {
  return openBriefingFile(dir, name, maxBytes)?.read();
}

/** Reads to the end, but never more than `maxBytes`: a file may grow after it was checked. */
function readAtMost(fd: number, maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > maxBytes) {
      throw new RefusedBriefingFile(
        `grew past the limit of ${bytes(maxBytes)} bytes (BRIEFING_MAX_BYTES) while being read; not read`,
      );
    }
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

const bytes = (n: number) => n.toLocaleString('en-US');

function tooLarge(size: number, maxBytes: number): RefusedBriefingFile {
  return new RefusedBriefingFile(
    `is ${bytes(size)} bytes, over the limit of ${bytes(maxBytes)} bytes (BRIEFING_MAX_BYTES); not read`,
  );
}

function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
