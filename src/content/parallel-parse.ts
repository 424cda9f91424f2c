import { availableParallelism } from 'node:os';
import { setImmediate as turn } from 'node:timers/promises';
import type { ParseTask } from './parse-worker.ts';
import { type Preparsed, preparseFiles } from './preparse.ts';

/** Files per message to a worker: large enough that messaging costs little, small enough to share out evenly. */
const BATCH = 100;

/**
 * Files the calling thread parses between two turns of its event loop. Smaller than a batch: a
 * first start at 10,000 briefings, on a 2-core machine, starts taken in turns, took:
 * - medians of 4.6 s with slices of 20 against 5.0 s with whole batches over six pairs;
 * - 5.1 s against 5.3 s over five more pairs.
 * That is 8 quicker of 11 pairs. Slices of 10 and 50 were no better than 20.
 */
const OWN_SLICE = 20;

/** Batches handed to each worker thread at once (see `parseInParallel`). */
const QUEUED_PER_THREAD = 2;

/**
 * The task's file beside this one: `.ts` when run from source under tsx (`npm start`), `.js` in
 * the compiled build (`npm run build`), where a literal `.ts` name would not exist. A URL is not
 * an import, so the build does not rewrite it.
 */
const ownExtension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Worker threads beside the main thread: one per spare core, a few at most. */
export function parseThreads(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/**
 * Parses many briefing files at once, on worker threads and on the calling thread together: at
 * a first start nearly all of the time goes to parsing YAML, and one core does that at about
 * 4,000 files a second. Batches are handed out one at a time, so a slow thread takes fewer.
 * A batch whose worker fails is simply missing from the result; the caller parses what is
 * missing itself, so a broken worker costs time, never a briefing.
 */
export async function parseInParallel(
  dir: string,
  names: readonly string[],
  options: {
    maxBytes: number;
    threads?: number;
    batch?: number;
    /** What to keep of each file as it arrives (a start writes clean ones to its cache at once). */
    keep?: (file: Preparsed) => Preparsed;
    /**
     * Told of the first failure of a worker (its batches are then parsed here): worth a warning,
     * not a stop. Once, as every queue on a broken pool fails the same way.
     */
    onThreadError?: (error: unknown) => void;
  },
): Promise<Map<string, Preparsed>> {
  const { maxBytes, threads = parseThreads(), batch: size = BATCH, keep: slim } = options;
  const results = new Map<string, Preparsed>();
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += size) batches.push(names.slice(i, i + size));
  let next = 0;
  const take = () => batches[next++];
  const keep = (parsed: Preparsed[]) => {
    for (const file of parsed) results.set(file.name, slim ? slim(file) : file);
  };
  // Loaded only for a parse on threads: a restart that finds its files in the cache never needs it.
  const pool =
    threads > 0 && batches.length > 1
      ? new (await import('piscina')).Piscina({
          filename: new URL('./parse-worker-start.mjs', import.meta.url).href,
          workerData: { entry: new URL(`./parse-worker${ownExtension}`, import.meta.url).href },
          minThreads: threads,
          maxThreads: threads,
          // A thread's queued batches are sent to it at once (see below).
          concurrentTasksPerWorker: QUEUED_PER_THREAD,
        })
      : undefined;
  let told = false;
  // Each thread has a second batch waiting, sent to it with the first: the calling thread, busy
  // parsing slices of its own, hears that a worker finished only between them, and a worker sent
  // its next batch only then sat idle meanwhile (0.7 s of a 10,000-file start with one batch per
  // thread, still a tenth of it with the second kept back until the first was answered).
  const workers = pool
    ? Array.from({ length: threads * QUEUED_PER_THREAD }, async () => {
        try {
          for (let batch = take(); batch; batch = take())
            keep(
              (await pool.run({ dir, names: batch, maxBytes } satisfies ParseTask)) as Preparsed[],
            );
        } catch (error) {
          // This queue stops taking batches; the others, and the caller, carry on.
          if (!told) options.onThreadError?.(error);
          told = true;
        }
      })
    : [];
  // The calling thread parses too, a batch at a time, in slices with the workers' answers let in
  // between: a worker's finished batch is taken in, and its next handed out, only when this thread
  // turns, and turning once a batch left the worker waiting about 1 s of a 4.5 s parse.
  for (let batch = take(); batch; batch = take()) {
    for (let from = 0; from < batch.length; from += OWN_SLICE) {
      keep(preparseFiles(dir, batch.slice(from, from + OWN_SLICE), maxBytes));
      await turn();
    }
  }
  await Promise.all(workers);
  await pool?.destroy();
  return results;
}
