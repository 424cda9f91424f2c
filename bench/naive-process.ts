import { Piscina } from 'piscina';
import type { NaiveCall, NaiveQuery } from './naive-worker.ts';

/**
 * The naive baseline on a worker thread, with a heap of its own. In the bench's own thread it
 * held every briefing whole (about 4 GB at 100,000) beside the library being timed, and its
 * garbage, collected in that same heap, landed in Briefbot's timings: the p99s of a few hundred
 * samples moved several times over from one run to the next. A query crosses threads and back
 * in well under a millisecond, against the naive bot's tens to thousands.
 */
export async function startNaiveThread(dir: string) {
  const pool = new Piscina({
    // The start module registers the TypeScript loader in the thread, then loads the task.
    filename: new URL('../src/content/parse-worker-start.mjs', import.meta.url).href,
    workerData: { entry: new URL('./naive-worker.ts', import.meta.url).href },
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Its copy is about 3.5 GB at 100,000: under the default limit of about 4 GB the thread's
    // collector ran nearly without end (naive p99s of over 10 s), on the cores Briefbot was
    // being timed on.
    resourceLimits: { maxOldGenerationSizeMb: 12_288 },
  });
  try {
    await pool.run({ load: dir } satisfies NaiveCall);
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  return {
    /** Whether the naive bot found something for the query. */
    ask: (query: NaiveQuery, arg: string) =>
      pool.run({ query, arg } satisfies NaiveCall) as Promise<boolean>,
    close: () => pool.destroy(),
  };
}
