import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../logger.ts';
import { type BriefingCache, openBriefingCache } from './briefing-cache.ts';
import {
  type BriefingFiles,
  type BriefingSnapshot,
  createBriefingFiles,
  type FolderListing,
  isBriefingFile,
  type SnapshotDelta,
} from './briefing-files.ts';
import type { FileBriefing } from './check-library.ts';
import { isPublished } from './drafts.ts';
import { listFolderAhead } from './folder-listing.ts';
import type { ServedBriefing } from './lean-briefing.ts';
import { parseInParallel } from './parallel-parse.ts';
import type { Preparsed } from './preparse.ts';
import { formatProblem, type Problem } from './problem.ts';
import { DEFAULT_MAX_BRIEFING_BYTES } from './read-briefing-file.ts';
import { type BriefingWatch, startWatching } from './watch-briefings.ts';

/** The briefing cache opened, and the files it does not hold parsed ahead on every core. */
export interface PreparedBriefings {
  cache?: BriefingCache;
  preparsed: ReadonlyMap<string, Preparsed>;
  /** The folder as listed on another thread while the cache was read, if it was. */
  listing?: FolderListing;
  /** The watch begun before the folder was listed, if one was asked for. */
  watch?: BriefingWatch;
}

/**
 * A briefing cache at least this large (about 2,000 briefings) is read while another thread
 * lists the folder: below it, starting the thread costs about what it saves.
 */
const LIST_AHEAD_FROM_BYTES = 16 * 1024 * 1024;

/** With fewer files to parse than this, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 500;

/**
 * A clean parse goes into the briefing cache as soon as it arrives, and only its stamp and hash
 * are kept: holding every parse's JSON until the start read them all kept about 900 MB of text
 * alive at 100,000 briefings. The start then finds the file in the cache, as a restart would.
 */
function intoCache(cache: BriefingCache, file: Preparsed): Preparsed {
  if (!('headJson' in file)) return file;
  cache.setJson(file.name, file.stamp, file.headJson, file.bodyJson);
  return { name: file.name, stamp: file.stamp, hash: file.hash, cached: true };
}

/**
 * What a start does before it serves: opens the cache and parses, in parallel, every file the
 * cache does not hold (at a first start, every file). A restart finds nearly all of them in the
 * cache and parses the few changed ones where it reads them.
 */
export async function prepareBriefings(options: {
  dir: string;
  cacheFile?: string;
  maxBytes?: number;
  threads?: number;
  /** Files to parse from which threads are used (PARALLEL_FROM). */
  parallelFrom?: number;
  /** Begin watching the folder before it is listed (`serveBriefings` with `watch` takes it on). */
  watch?: boolean;
  /** The cache's size in bytes from which the folder is listed ahead (LIST_AHEAD_FROM_BYTES). */
  listAheadFrom?: number;
  /** Told when a parse thread fails; its files are parsed on this thread instead. */
  onThreadError?: (error: unknown) => void;
}): Promise<PreparedBriefings> {
  const { dir, maxBytes = DEFAULT_MAX_BRIEFING_BYTES } = options;
  // Before the listing: whatever is saved after it is then seen. Only a start that watches lists
  // ahead: its stamps are a few seconds old by the time the files are read, and only the watch
  // makes up for a save in between.
  const watch = options.watch ? startWatching(dir) : undefined;
  const ahead =
    watch !== undefined &&
    options.cacheFile !== undefined &&
    sizeOf(options.cacheFile) >= (options.listAheadFrom ?? LIST_AHEAD_FROM_BYTES)
      ? listFolderAhead(dir)
      : undefined;
  const cache = options.cacheFile
    ? openBriefingCache(options.cacheFile, resolve(dir), maxBytes)
    : undefined;
  const listing = await ahead;
  let unknown: string[] = [];
  try {
    unknown = (listing?.names ?? readdirSync(dir)).filter(
      (name) => isBriefingFile(name) && !cache?.knows(name),
    );
  } catch {
    // An unreadable folder is reported when the start reads it.
  }
  const preparsed =
    unknown.length >= (options.parallelFrom ?? PARALLEL_FROM)
      ? await parseInParallel(dir, unknown, {
          maxBytes,
          ...(options.threads === undefined ? {} : { threads: options.threads }),
          ...(cache ? { keep: (file: Preparsed) => intoCache(cache, file) } : {}),
          ...(options.onThreadError ? { onThreadError: options.onThreadError } : {}),
        })
      : new Map<string, Preparsed>();
  return {
    ...(cache ? { cache } : {}),
    preparsed,
    ...(listing ? { listing } : {}),
    ...(watch ? { watch } : {}),
  };
}

/** A file's size in bytes, 0 if it cannot be read. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Where served briefings go: the app passes its library. Written here, so that content knows
 * nothing of the library that indexes it (imports go from library to content, never back).
 */
export interface BriefingSink {
  /**
   * Serves exactly these briefings from now on; `background` lets full text follow later. With
   * `delta`, the sink may apply only what changed, if it last served `delta.from`.
   */
  update(
    briefings: readonly ServedBriefing[],
    options?: { background?: boolean; delta?: SnapshotDelta },
  ): void;
  /** Resolves when the background work of the last update is done. */
  textReady(): Promise<void>;
  /** Saves what the sink keeps between runs, if anything, before the process stops. */
  saveIndex?(): void;
}

export interface ServedBriefings<L extends BriefingSink = BriefingSink> {
  library: L;
  files: BriefingFiles;
  /** The problems in the files as last read. */
  problems(): Problem[];
  /** The drafts in the files as last read, with their files: for review, never served. */
  drafts(): FileBriefing<ServedBriefing>[];
  /** Reads one file (by its name in the directory) now and serves the result, as a save would. */
  reload(name: string): void;
  /** Whether the named file is what serves this briefing id now. */
  serves(id: string, name: string): boolean;
  /** Stops watching the directory. */
  stop(): void;
}

/** How long after the last save the checks across all files run. */
const FULL_CHECK_DELAY_MS = 1000;

function logProblems(log: Logger, problems: Problem[]): void {
  for (const problem of problems) {
    const line = formatProblem(problem);
    if (problem.severity === 'error') log.error({ problem: line }, 'briefing file problem');
    else log.warn({ problem: line }, 'briefing file warning');
  }
}

/**
 * Loads the briefing directory into a library and, with `watch`, keeps it current: a saved file is
 * served within moments, and a broken save is reported while the last good version keeps serving.
 */
export function serveBriefings<L extends BriefingSink>(options: {
  /** The library to keep current. */
  library: L;
  dir: string;
  log: Logger;
  watch: boolean;
  /** Where parsed briefings are kept between runs, for a fast start; none if omitted. */
  cacheFile?: string;
  /** The largest briefing file read, in bytes (BRIEFING_MAX_BYTES); 1 MiB if omitted. */
  maxBytes?: number;
  /** Told after every change is served (a save, a reload), to look for new drafts. */
  onChange?: () => void;
  /** The cache opened and files parsed by `prepareBriefings` (then `cacheFile` is not opened again). */
  prepared?: PreparedBriefings;
}): ServedBriefings<L> {
  const { dir, log, maxBytes, prepared } = options;
  const cache = prepared
    ? prepared.cache
    : options.cacheFile
      ? openBriefingCache(options.cacheFile, resolve(dir), maxBytes)
      : undefined;
  const files = createBriefingFiles(dir, {
    ...(cache ? { cache } : {}),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  /**
   * Compacts the cache file if it is due and saves its heads, in slices or (at shutdown) at once.
   * A failure is logged: the cache is only a faster way to the files.
   */
  const saveCache = (now: boolean) => {
    if (!cache) return;
    try {
      cache.flush();
    } catch (error) {
      log.warn({ err: error, file: options.cacheFile }, 'could not write the briefing cache');
    }
    cache
      .saveHeads(now)
      .catch((error: unknown) =>
        log.warn({ err: error, file: options.cacheFile }, 'could not save the briefing heads'),
      );
  };
  let flushTimer: NodeJS.Timeout | undefined;
  /** Writes the cache a little later, when the bot is idle; repeated saves write it once. */
  const flushSoon = (delayMs: number) => {
    if (!cache) return;
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      flushTimer = undefined;
      saveCache(false);
    }, delayMs);
    flushTimer.unref();
  };
  let snapshot: BriefingSnapshot;
  try {
    // Only what decides which briefings serve is checked before serving; the warnings that span
    // every file follow as soon as the library is up.
    snapshot = files.loadAll({
      warnings: false,
      ...(prepared ? { preparsed: prepared.preparsed } : {}),
      ...(prepared?.listing ? { listing: prepared.listing } : {}),
    });
  } catch (error) {
    log.error({ err: error, dir }, 'cannot read the briefings directory; serving no briefings');
    snapshot = { briefings: [], problems: [] };
  }
  logProblems(log, snapshot.problems);
  // A large library is ready for every command at once; full text is indexed just after.
  const { library } = options;
  library.update(snapshot.briefings, { background: true });
  log.info(
    { dir, briefings: snapshot.briefings.length, problems: snapshot.problems.length },
    'briefings loaded',
  );
  /** What was reported at start; the checks across all files report the rest of it later. */
  let startupSeen: Set<string> | undefined = new Set(snapshot.problems.map(formatProblem));
  void library.textReady().then(() => {
    log.info({ briefings: snapshot.briefings.length }, 'search index ready');
    flushSoon(1000);
  });

  const concerns = (changed: string[]) => (problem: Problem) =>
    changed.some((name) => problem.file.endsWith(name));
  /** Files saved since the checks across all files last ran, and what their reloads reported. */
  const unchecked = new Set<string>();
  const reportedSince = new Set<string>();
  let pendingCheck: NodeJS.Timeout | undefined;
  /**
   * Runs the checks across all files once saves have settled (and once after start): they read
   * every briefing, about half a second at 100,000, and run after each save (or just after
   * start) they held up the next save's reload. Reports what concerns the files saved (or, the
   * first time, anything not reported at start), and nothing already reported.
   */
  let checking = false;
  let stopped = false;
  const checkSoon = () => {
    if (pendingCheck) clearTimeout(pendingCheck);
    pendingCheck = setTimeout(() => {
      pendingCheck = undefined;
      // One check at a time; a save during it calls this again and the stale one is dropped.
      if (checking || stopped) return;
      checking = true;
      // In slices, so that a save or a command arriving meanwhile waits for a slice, not for all.
      void files
        .snapshotInSlices()
        .then((full) => {
          if (stopped) return;
          // A save came in while the check ran: its own timer may have fired and been skipped
          // above, so the check is asked for again rather than left until the next save.
          if (full === undefined) {
            checkSoon();
            return;
          }
          const names = [...unchecked];
          const seen = new Set(reportedSince);
          const atStart = startupSeen;
          unchecked.clear();
          reportedSince.clear();
          startupSeen = undefined;
          snapshot = full;
          logProblems(
            log,
            full.problems.filter((problem) => {
              const line = formatProblem(problem);
              if (seen.has(line)) return false;
              return atStart ? !atStart.has(line) : concerns(names)(problem);
            }),
          );
        })
        .catch((error: unknown) => log.warn({ err: error }, 'the checks across files failed'))
        .finally(() => {
          checking = false;
        });
    }, FULL_CHECK_DELAY_MS);
    pendingCheck.unref();
  };
  checkSoon();

  if (!options.watch) prepared?.watch?.stop();
  const stop = options.watch
    ? (prepared?.watch ?? startWatching(dir)).attach(
        files,
        (next, changed) => {
          snapshot = next;
          library.update(next.briefings, next.delta ? { delta: next.delta } : {});
          flushSoon(5000);
          const reported = next.problems.filter(concerns(changed));
          logProblems(log, reported);
          log.info({ changed, briefings: next.briefings.length }, 'briefings reloaded');
          options.onChange?.();
          // The checks across all files (clashing aliases and the like) only warn: they follow
          // once this burst of saves has settled.
          for (const name of changed) unchecked.add(name);
          for (const problem of reported) reportedSince.add(formatProblem(problem));
          checkSoon();
        },
        (error) => log.error({ err: error, dir }, 'watching briefings failed'),
      )
    : () => {};

  return {
    library,
    files,
    problems: () => snapshot.problems,
    drafts: () => snapshot.drafts ?? [],
    serves(id, name) {
      return (
        snapshot.briefings.some((briefing) => briefing.id === id && isPublished(briefing)) &&
        !snapshot.problems.some((p) => p.severity === 'error' && concerns([name])(p))
      );
    },
    reload(name) {
      snapshot = files.reload(name);
      library.update(snapshot.briefings, snapshot.delta ? { delta: snapshot.delta } : {});
      logProblems(log, snapshot.problems.filter(concerns([name])));
      options.onChange?.();
    },
    stop: () => {
      stopped = true;
      if (pendingCheck) clearTimeout(pendingCheck);
      stop();
      library.saveIndex?.();
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = undefined;
      saveCache(true);
    },
  };
}
