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
 * briefings a restart read its two index snapshots (140 MB) on the main thread, about 0.4 s of it
 * spent writing memory new to the process, while the other core was mostly idle; read ahead, the
 * pages are written on a pool thread while the main thread reads the briefing cache's heads.
 *
 * Each file is opened, sized and asked for whole in one read: a read split into chunks (as
 * `fs.promises.readFile` does) needs the main thread between chunks, and it is busy then. A file
 * not read in full by the time it is taken is left to the caller to read as before. Bytes are
 * handed over once, then let go.
 */
export function readAhead(files: readonly string[]): ReadAhead {
  const done = new Map<string, Buffer>();
  const given = new Set<string>();
  const reads: Promise<void>[] = [];
  for (const file of new Set(files)) {
    let fd: number | undefined;
    let size: number;
    try {
      fd = openSync(file, 'r');
      size = fstatSync(fd).size;
    } catch {
      if (fd !== undefined) closeSync(fd);
      continue;
    }
    const opened = fd;
    // Not zeroed: handed over only if every byte was read into.
    const bytes = Buffer.allocUnsafeSlow(size);
    const { promise, resolve } = settler();
    read(opened, bytes, 0, size, 0, (_error, count) => {
      // A read that failed (no count) or came back short (the file cut since it was sized) is
      // not handed over: the caller reads the file itself.
      if (count === size && !given.has(file)) done.set(file, bytes);
      close(opened, () => resolve());
    });
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
