import { Piscina } from 'piscina';
import type { DraftInput, DraftOutput } from './make-draft.ts';

/** Drafting off the main thread, so readers are answered while a big feed is drafted. */
export interface DraftPool {
  run(input: DraftInput): Promise<DraftOutput>;
  close(): Promise<void>;
}

/**
 * One worker thread (piscina) that drafts items one after another: the bot's main thread answers
 * readers meanwhile. One thread, because drafts are numbered by the files already in the folder,
 * and two threads drafting one headline at once could pick the same id.
 */
export function createDraftPool(): DraftPool {
  const pool = new Piscina({
    filename: new URL('./draft-worker-start.mjs', import.meta.url).href,
    workerData: { entry: new URL('./draft-worker.ts', import.meta.url).href },
    minThreads: 1,
    maxThreads: 1,
    // A worker that stays idle costs memory for nothing; it starts again on the next item.
    idleTimeout: 60_000,
  });
  return {
    run: (input) => pool.run(input) as Promise<DraftOutput>,
    close: () => pool.destroy(),
  };
}
