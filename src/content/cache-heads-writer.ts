import {
  type CacheIdentity,
  HEADS_FORMAT,
  type HeadEntry,
  type Header,
  type Line,
  SECTIONS,
  type Tables,
} from './cache-heads.ts';
import type { StoredHead } from './lean-briefing.ts';
import { replaceFile, replaceFileInSlices } from './replace-file.ts';

// Writes the briefing cache's heads file; what it is for, and its format, are in cache-heads.ts.

/** Numbers values in the order they are first met: the list of them, and each one's number. */
function numbering<T>() {
  const list: T[] = [];
  const numbers = new Map<T, number>();
  const number = (value: T): number => {
    let found = numbers.get(value);
    if (found === undefined) {
      found = list.length;
      list.push(value);
      numbers.set(value, found);
    }
    return found;
  };
  return { list, number };
}

/** Numbers each distinct text and entry as a head is written, to put in the tables after. */
function createEncoder() {
  const texts = numbering<string>();
  // Entries are numbered by identity: identical ones are already one object (see internHead).
  const entries = numbering<unknown>();
  const text = texts.number;
  const entry = entries.number;
  const textList = (values: readonly string[]) => values.map(text);
  return {
    /** A head with its recurring parts as numbers, its keys in their order. */
    head(served: StoredHead): Record<string, unknown> {
      // A served head also has its body's reader and stamp: not part of what is saved.
      const {
        readBody: _read,
        stamp: _stamp,
        ...head
      } = served as StoredHead & {
        readBody?: unknown;
        stamp?: unknown;
      };
      const compact: Record<string, unknown> = head;
      compact.updated = text(head.updated);
      compact.tags = textList(head.tags);
      compact.related = textList(head.related);
      compact.source = { ...head.source, publisher: text(head.source.publisher) };
      for (const section of SECTIONS) compact[section] = head[section].map(entry);
      const { speakers, kinds, said } = head.cues;
      compact.cues = [
        textList(speakers),
        textList(kinds),
        said.map((value) => (value === null ? -1 : text(value))),
      ];
      return compact;
    },
    tables: (): Tables => ({ texts: texts.list, entries: entries.list }),
  };
}

/** A line of the file for one entry. */
function lineOf(entry: HeadEntry, encode: ReturnType<typeof createEncoder>): string {
  const line: Line = [
    entry.name,
    entry.mtimeMs,
    entry.size,
    entry.lineAt,
    entry.lineLength,
    entry.bodyAt,
    entry.current ? 1 : 0,
    encode.head(entry.head),
  ];
  return `${JSON.stringify(line)}\n`;
}

const headerLine = (identity: CacheIdentity, count: number) =>
  `${JSON.stringify({ format: HEADS_FORMAT, ...identity, count } satisfies Header)}\n`;

/** Entries written between turns of the event loop when written in slices. */
const SLICE = 2000;

/** The file's pieces: its header, its lines a slice of entries at a time, then its tables. */
function* piecesOf(identity: CacheIdentity, entries: readonly HeadEntry[]): Generator<Buffer> {
  const encode = createEncoder();
  yield Buffer.from(headerLine(identity, entries.length));
  for (let from = 0; from < entries.length; from += SLICE) {
    let chunk = '';
    const to = Math.min(entries.length, from + SLICE);
    for (let i = from; i < to; i++) chunk += lineOf(entries[i] as HeadEntry, encode);
    yield Buffer.from(chunk);
  }
  yield Buffer.from(`${JSON.stringify(encode.tables())}\n`);
}

/**
 * Saves the heads of a cache file as `identity` describes it, all at once (a shutdown): to a
 * temporary file, renamed into place, so a crash leaves the previous one.
 */
export function writeCacheHeads(
  file: string,
  identity: CacheIdentity,
  entries: readonly HeadEntry[],
): void {
  replaceFile(file, piecesOf(identity, entries));
}

/**
 * The same, a slice of entries at a time with the event loop free between slices: written while
 * the bot serves, it must not hold up an answer or a save for the half second the whole takes.
 * `entries` are as they were when the write was asked for (their offsets copied then); heads
 * never change once served.
 */
export function writeCacheHeadsInSlices(
  file: string,
  identity: CacheIdentity,
  entries: readonly HeadEntry[],
): Promise<void> {
  return replaceFileInSlices(file, piecesOf(identity, entries));
}

/**
 * Saves heads files one at a time: a write in slices still under way when another is asked for
 * in slices is what that one waits for (a change meanwhile is saved by the next call); a write
 * at once (a shutdown) goes ahead.
 */
export function createHeadsWriter(file: string) {
  let writing: Promise<void> | undefined;
  return {
    save(identity: CacheIdentity, entries: readonly HeadEntry[], now: boolean): Promise<void> {
      if (now) {
        try {
          writeCacheHeads(file, identity, entries);
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(error);
        }
      }
      if (writing) return writing;
      const written: Promise<void> = writeCacheHeadsInSlices(file, identity, entries).finally(
        () => {
          if (writing === written) writing = undefined;
        },
      );
      writing = written;
      return written;
    },
  };
}
