import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { cacheFormat } from '../content/briefing-cache.ts';
import {
  type PreparedBriefings,
  prepareBriefings,
  type ServedBriefings,
  serveBriefings,
} from '../content/serve-briefings.ts';
import { createLibrary } from '../library/create-library.ts';
import type { LibraryStore } from '../library/library.ts';
import { readAhead, type TakeBytes } from '../library/read-ahead.ts';
import type { Logger } from '../logger.ts';

export interface LibraryServing {
  config: Config;
  log: Logger;
  /** Keep parsed briefings and the full-text index in DATA_DIR between runs. */
  briefingCache: boolean;
  watch: boolean;
  onChange: () => void;
}

/** What `prepareLibrary` readied: the briefings parsed, and the index snapshots read ahead. */
export interface PreparedLibrary extends PreparedBriefings {
  readAhead?: TakeBytes;
}

/**
 * Serves BRIEFINGS_DIR into a new library, with the briefing cache and the full-text snapshot in
 * DATA_DIR when asked. `prepared` is what `prepareLibrary` parsed and read ahead.
 */
export function serveLibrary(
  serving: LibraryServing,
  prepared?: PreparedLibrary,
): ServedBriefings<LibraryStore> {
  const { config, log } = serving;
  return serveBriefings({
    library: createLibrary(
      [],
      serving.briefingCache
        ? {
            // Beside the briefing cache, and valid under its rules for the same folder only.
            textSnapshot: {
              ...snapshotFilesOf(config),
              rules: `${cacheFormat}\u0000${resolve(config.BRIEFINGS_DIR)}`,
              onError: (error) =>
                log.warn({ err: error }, 'could not save the full-text index; rebuilt next start'),
              ...(prepared?.readAhead ? { readAhead: prepared.readAhead } : {}),
            },
          }
        : {},
    ),
    dir: config.BRIEFINGS_DIR,
    log,
    watch: serving.watch,
    maxBytes: config.BRIEFING_MAX_BYTES,
    onChange: serving.onChange,
    ...(serving.briefingCache ? { cacheFile: cacheFileOf(config) } : {}),
    ...(prepared ? { prepared } : {}),
  });
}

/**
 * Opens the briefing cache and parses, on every core, the files it lacks: before `serveLibrary`.
 * Meanwhile another thread lists the folder (a large library), and the index snapshots are read
 * on the thread pool.
 */
export async function prepareLibrary(serving: LibraryServing): Promise<PreparedLibrary> {
  const { config } = serving;
  const snapshots = serving.briefingCache
    ? readAhead(Object.values(snapshotFilesOf(config)))
    : undefined;
  const prepared = await prepareBriefings({
    dir: config.BRIEFINGS_DIR,
    ...(serving.briefingCache ? { cacheFile: cacheFileOf(config) } : {}),
    maxBytes: config.BRIEFING_MAX_BYTES,
    watch: serving.watch,
    onThreadError: (error) =>
      serving.log.warn(
        { err: error },
        'a parse thread failed; its files are parsed on the main thread instead',
      ),
  });
  if (snapshots === undefined) return prepared;
  // Finished long before the cache's heads are read, in practice; but a read is handed back only
  // on a turn of the event loop, and what runs after this returns holds the thread for seconds.
  await snapshots.settled;
  return { ...prepared, readAhead: snapshots.take };
}

/** Where the full-text and topic indexes are saved between runs. */
const snapshotFilesOf = (config: Pick<Config, 'DATA_DIR'>) => ({
  file: join(config.DATA_DIR, 'text-index.snapshot'),
  topicsFile: join(config.DATA_DIR, 'topic-index.snapshot'),
});

/** Where the parsed briefings are kept between runs. */
export const cacheFileOf = (config: Pick<Config, 'DATA_DIR'>) =>
  join(config.DATA_DIR, 'briefing-cache.ndjson');
