import { close, closeSync, fstatSync, openSync, read } from 'node:fs';

/** Bytes of a file read ahead, taken once; undefined if the read has not finished or failed. */
export type TakeBytes = (file: string) => Buffer | undefined;

export interface ReadAhead {
  take: TakeBytes;
  /** Settles once every read has finished or failed. */
  settled: Promise<void>;
}

/**
 * Starts reading whole files on libuv's thread pool now, for a start to take later. At 100,000
 * briefings a restart read its two index snapshots (140 MB) on the main thread, about 0.5 s of it
 * spent writing memory new to the process, while the other core was mostly idle; read ahead, the
 * pages are written on a pool thread while the main thread reads the briefing cache's heads.
 *
 * Each file is opened, sized and asked for whole at once: a read split into chunks (as
 * `fs.promises.readFile` does) needs the main thread between chunks, and it is busy then. A file
 * not read in full by the time it is taken is left to the caller to read as before, so a slow
 * disk never makes the start wait here. Bytes are handed over once, then let go.
 */
export function readAhead(files: readonly string[]): ReadAhead {
  const done = new Map<string, Buffer>();
  const given = new Set<string>();
  const reads: Promise<void>[] = [];
  for (const file of new Set(files)) {
    let fd: number;
    let size: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      continue;
    }
    try {
      size = fstatSync(fd).size;
    } catch {
      closeSync(fd);
      continue;
    }
    // Not zeroed: every byte is read into before it is handed over.
    const bytes = Buffer.allocUnsafeSlow(size);
    const { promise, resolve } = settler();
    const finish = () => close(fd, () => resolve());
    const readFrom = (at: number): void => {
      if (at === size) {
        if (!given.has(file)) done.set(file, bytes);
        finish();
        return;
      }
      read(fd, bytes, at, size - at, at, (error, count) => {
        // Shorter than it was when sized (or unreadable): the caller reads it itself.
        if (error || count === 0) finish();
        else readFrom(at + count);
      });
    };
    readFrom(0);
    reads.push(promise);
  }
  return {
    take: (file) => {
      given.add(file);
      const bytes = done.get(file);
      done.delete(file);
      return bytes;
    },
    settled: Promise.all(reads).then(() => undefined),
  };
}

/** A promise and its resolve (`Promise.withResolvers` is not in Node 20). */
function settler(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
