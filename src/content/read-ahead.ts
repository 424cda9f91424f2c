import { Worker } from 'node:worker_threads';
import { BRIEFING_FILE, type FolderListing } from './briefing-files.ts';
import type { FileStamp } from './read-briefing-file.ts';

/** What a start read on another thread: the folder's listing, and the files asked for. */
export interface ReadAhead {
  /** None if the folder could not be listed (the start lists it itself and says why). */
  listing?: FolderListing;
  /** The files read whole, by the path asked for; one missing or unreadable is left out. */
  files: Map<string, Buffer>;
}

interface Posted {
  listing?: { names: string[]; plain: Uint8Array; mtimes: Float64Array; sizes: Float64Array };
  files: [string, ArrayBuffer][];
}

/**
 * Lists the briefings folder, stamps its files and reads `files` whole on a thread of its own,
 * while the calling thread reads the briefing cache. At 100,000 briefings a restart spent about
 * 0.8 s stamping files one system call at a time, and 0.3 s reading the saved indexes, on the
 * thread that was also parsing the cache; on a second core that time is hidden. Never fails: if
 * the thread cannot start or dies, the answer is empty and the start does it all itself.
 */
export function readAhead(dir: string, files: readonly string[] = []): Promise<ReadAhead> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./read-ahead-worker.mjs', import.meta.url), {
        workerData: { dir, pattern: BRIEFING_FILE.source, flags: BRIEFING_FILE.flags, files },
        // The worker is plain JavaScript: the TypeScript loader would only slow its start.
        execArgv: [],
      });
    } catch {
      resolve({ files: new Map() });
      return;
    }
    const empty = () => resolve({ files: new Map() });
    worker.once('message', (posted: Posted) => {
      resolve({
        ...(posted.listing ? { listing: listingOf(posted.listing) } : {}),
        files: new Map(posted.files.map(([file, bytes]) => [file, Buffer.from(bytes)])),
      });
      void worker.terminate();
    });
    worker.once('error', empty);
    worker.once('exit', empty);
  });
}

function listingOf(posted: NonNullable<Posted['listing']>): FolderListing {
  const { names, plain, mtimes, sizes } = posted;
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < names.length; i++) {
    if (plain[i] !== 1) continue;
    stamps.set(names[i] as string, { mtimeMs: mtimes[i] as number, size: sizes[i] as number });
  }
  return { names, stamps };
}
