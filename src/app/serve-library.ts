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
import type { Logger } from '../logger.ts';

export interface LibraryServing {
  config: Config;
  log: Logger;
  /** Keep parsed briefings and the full-text index in DATA_DIR between runs. */
  briefingCache: boolean;
  watch: boolean;
  onChange: () => void;
}

/**
 * Serves BRIEFINGS_DIR into a new library, with the briefing cache and the full-text snapshot in
 * DATA_DIR when asked. `prepared` is what `prepareLibrary` parsed ahead.
 */
export function serveLibrary(
  serving: LibraryServing,
  prepared?: PreparedBriefings,
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
 * Meanwhile another thread lists the folder (a large library).
 */
export function prepareLibrary(serving: LibraryServing): Promise<PreparedBriefings> {
  const { config } = serving;
  return prepareBriefings({
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
}

/** Where the full-text and topic indexes are saved between runs. */
const snapshotFilesOf = (config: Pick<Config, 'DATA_DIR'>) => ({
  file: join(config.DATA_DIR, 'text-index.snapshot'),
  topicsFile: join(config.DATA_DIR, 'topic-index.snapshot'),
});

/** Where the parsed briefings are kept between runs. */
export const cacheFileOf = (config: Pick<Config, 'DATA_DIR'>) =>
  join(config.DATA_DIR, 'briefing-cache.ndjson');
