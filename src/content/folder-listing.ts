import { Worker } from 'node:worker_threads';
import { BRIEFING_FILE, type FolderListing } from './briefing-files.ts';
import type { FileStamp } from './read-briefing-file.ts';

interface Posted {
  names: string[];
  plain: Uint8Array;
  mtimes: Float64Array;
  sizes: Float64Array;
}

/**
 * Lists the briefings folder and stamps its files on a thread of its own, while the calling
 * thread reads the briefing cache: at 100,000 briefings a restart spent about 0.8 s stamping
 * files one system call at a time on the thread that was also reading the cache, and on a
 * second core that time is hidden. Never fails: undefined if the folder cannot be listed or the
 * thread cannot start or dies, and the start lists the folder itself.
 *
 * (It does not also read the saved indexes ahead. Buffers handed over from another thread left
 * the main heap growing about 120 MB further before it was collected, at 100,000 briefings, for
 * 0.3 s saved. Reading them into memory shared with this thread saved about 0.6 s of a restart,
 * but left the process 77 MB larger at ready and after: V8 does not count shared memory as memory
 * outside its heap, so it let that much more garbage stand before collecting.)
 */
export function listFolderAhead(dir: string): Promise<FolderListing | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./folder-listing-worker.mjs', import.meta.url), {
        workerData: { dir, pattern: BRIEFING_FILE.source, flags: BRIEFING_FILE.flags },
        // The worker is plain JavaScript: the TypeScript loader would only slow its start.
        execArgv: [],
      });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (posted: Posted | undefined) => {
      resolve(posted && listingOf(posted));
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

function listingOf({ names, plain, mtimes, sizes }: Posted): FolderListing {
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < names.length; i++) {
    if (plain[i] !== 1) continue;
    stamps.set(names[i] as string, { mtimeMs: mtimes[i] as number, size: sizes[i] as number });
  }
  return { names, stamps };
}
