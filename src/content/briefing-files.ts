import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BriefingCache, FileStamp } from './briefing-cache.ts';
import {
  checkLibrary,
  checkLibraryInSlices,
  type FileBriefing,
  type LibraryCheck,
} from './check-library.ts';
import { isPublished, splitDrafts } from './drafts.ts';
import { briefingFromJson, type ServedBriefing, wholeBriefing } from './lean-briefing.ts';
import { createLocator, type ParsedFile, parseBriefing } from './parse-briefing.ts';
import type { Preparsed } from './preparse.ts';
import { compareProblems, type Problem } from './problem.ts';
import {
  DEFAULT_MAX_BRIEFING_BYTES,
  openBriefingFile,
  RefusedBriefingFile,
  readBriefingFile,
} from './read-briefing-file.ts';

/** What the files on disk amount to right now. */
export interface BriefingSnapshot {
  /** The briefings that serve, one per id. */
  briefings: ServedBriefing[];
  /** Every problem in every file, sorted by file and line. */
  problems: Problem[];
  /** The drafts among `briefings`, with their files: kept apart for review, never served. */
  drafts?: FileBriefing<ServedBriefing>[];
  /** Set when this snapshot was patched from the last one: what changed, to apply alone. */
  delta?: SnapshotDelta;
}

/**
 * How a snapshot differs from the one before it: each changed file's briefing before and after
 * (the same id; `after` may now be a draft). At 100,000 briefings, comparing every briefing to
 * find the one saved was most of a save's reload, so whoever applied `from` applies this alone.
 */
export interface SnapshotDelta {
  /** The `briefings` of the snapshot this one was patched from. */
  from: readonly ServedBriefing[];
  replaced: { before: ServedBriefing; after: ServedBriefing }[];
}

interface FileState {
  /** The file's path as problems name it (the directory joined with its name). */
  path: string;
  /** The last version of this file that parsed cleanly; kept while a broken edit is fixed. */
  good?: ServedBriefing;
  problems: Problem[];
  /** The read of the folder in which this file began to serve its current id. */
  since?: number;
}

/** A folder's briefing files as listed ahead, and the stamps of those that were plain files. */
export interface FolderListing {
  /** Every entry with a briefing's name, sorted. */
  names: string[];
  /** Per plain file, its stamp as listed; anything else the start looks at itself. */
  stamps: Map<string, FileStamp>;
}

/** The name of a briefing file. Editors' swap and backup files are not briefings. */
export const BRIEFING_FILE = /^[^.#~].*\.ya?ml$/i;

/** Whether a directory entry is a briefing file. */
export function isBriefingFile(name: string): boolean {
  return BRIEFING_FILE.test(name);
}

/**
 * The briefing files of one directory, read once at start and then file by file as they change.
 * A file that breaks keeps serving its last good version until it is mended or deleted.
 */
export function createBriefingFiles(
  dir: string,
  options: {
    cache?: BriefingCache;
    /** The largest file read, in bytes (BRIEFING_MAX_BYTES). */
    maxBytes?: number;
  } = {},
) {
  const { cache, maxBytes = DEFAULT_MAX_BRIEFING_BYTES } = options;
  const files = new Map<string, FileState>();
  // File order decides which of two briefings with one id serves; kept sorted between changes.
  let order: string[] | undefined;
  /** Counts reads of the folder, so that a file that appears later never displaces an older one. */
  let epoch = 0;
  /**
   * The last quick snapshot (`warnings: false`), and the files changed since without their id
   * changing: a save is patched into it rather than every file checked again (at 100,000
   * briefings that took most of a reload). Anything else (a file added, removed, or now serving
   * another id) computes it afresh.
   */
  let quick: QuickSnapshot | undefined;
  const patched = new Set<string>();
  /** Counts changes to what the files hold, so a check run in slices knows if it went stale. */
  let changes = 0;
  const forget = (name: string) => {
    changes++;
    if (files.delete(name)) order = undefined;
    quick = undefined;
  };
  const remember = (name: string, state: FileState) => {
    changes++;
    const previous = files.get(name);
    if (previous === undefined) order = undefined;
    const sameId = previous?.good !== undefined && previous.good.id === state.good?.id;
    if (sameId) patched.add(name);
    else quick = undefined;
    files.set(name, { ...state, since: sameId ? previous.since : epoch });
  };

  /** The quick snapshot with the patched files' new versions in place, if they can be. */
  function patch(last: QuickSnapshot): BriefingSnapshot | undefined {
    const briefings = [...last.result.briefings];
    const accepted = [...last.accepted];
    const paths = new Set<string>();
    const replaced: SnapshotDelta['replaced'] = [];
    for (const name of patched) {
      const state = files.get(name);
      const at = state ? last.at.get(state.path) : undefined;
      if (state?.good === undefined || at === undefined || last.ids.get(state.good.id) !== 1)
        return undefined;
      const before = briefings[at] as ServedBriefing;
      briefings[at] = state.good;
      accepted[at] = { file: state.path, briefing: state.good, since: state.since ?? 0 };
      paths.add(state.path);
      if (before !== state.good) replaced.push({ before, after: state.good });
    }
    const problems = last.result.problems.filter((problem) => !paths.has(problem.file));
    for (const name of patched)
      for (const problem of files.get(name)?.problems ?? []) problems.push(problem);
    // The drafts are few: the last ones but the patched files', plus those of the patched files
    // that are drafts now, in file order (splitting every file again was linear in the archive).
    const drafts = (last.result.drafts ?? []).filter((entry) => !paths.has(entry.file));
    for (const path of paths) {
      const entry = accepted[last.at.get(path) as number];
      if (entry !== undefined && !isPublished(entry.briefing)) drafts.push(entry);
    }
    drafts.sort((a, b) => (last.at.get(a.file) ?? 0) - (last.at.get(b.file) ?? 0));
    const result = {
      briefings,
      problems: problems.sort(compareProblems),
      drafts,
      delta: { from: last.result.briefings, replaced },
    };
    quick = { ...last, result, accepted };
    patched.clear();
    return result;
  }

  /**
   * Reads one file; `fresh` skips the cache (a save the watcher saw is always parsed), and
   * `early` is the file parsed ahead (used if the file has not changed since).
   */
  function read(name: string, fresh: boolean, early?: Preparsed, listed?: FileStamp): void {
    const path = join(dir, name);
    // Listed as a plain file, and that version is in the cache: nothing to open or check.
    const known =
      !fresh && listed && listed.size <= maxBytes ? cache?.get(name, listed) : undefined;
    if (known) {
      remember(name, { path, good: known, problems: [] });
      return;
    }
    let source: string;
    let stamp: FileStamp | undefined;
    try {
      const opened = openBriefingFile(dir, name, maxBytes, listed);
      if (opened === undefined) {
        forget(name);
        cache?.delete(name);
        return;
      }
      // Stamped on opening: if the file changes while it is read, the next start sees a newer stamp.
      stamp = opened.stamp;
      const cached = fresh ? undefined : cache?.get(name, stamp);
      if (cached) {
        opened.close();
        remember(name, { path, good: cached, problems: [] });
        return;
      }
      // A parse already in the cache was found above, if the file is still that version.
      const usable = early && !('cached' in early) ? early : undefined;
      if (usable && usable.stamp.mtimeMs === stamp.mtimeMs && usable.stamp.size === stamp.size) {
        opened.close();
        if ('parsed' in usable) settle(name, path, stamp, usable.parsed);
        else remember(name, { path, good: fromJson(name, stamp, usable), problems: [] });
        return;
      }
      source = opened.read();
    } catch (error) {
      const message =
        error instanceof RefusedBriefingFile
          ? error.message
          : `cannot read the file (${(error as Error).message})`;
      // A file that is refused no longer serves: what it was is not what is there now.
      const previous = error instanceof RefusedBriefingFile ? undefined : files.get(name);
      if (previous === undefined) cache?.delete(name);
      remember(name, {
        path,
        ...(previous?.good ? { good: previous.good } : {}),
        problems: [{ file: path, line: 1, column: 1, path: '', message, severity: 'error' }],
      });
      return;
    }
    settle(name, path, stamp, parseBriefing(path, source));
  }

  /** Serves a file that parsed cleanly, from the JSON of its head and body. */
  function fromJson(
    name: string,
    stamp: FileStamp,
    { headJson, bodyJson }: { headJson: string; bodyJson: string },
  ): ServedBriefing {
    if (cache) return cache.setJson(name, stamp, headJson, bodyJson);
    return briefingFromJson(headJson, bodyJson);
  }

  /** What a parsed file serves and reports: a broken file keeps its last good version. */
  function settle(name: string, path: string, stamp: FileStamp, parsed: ParsedFile): void {
    if (parsed.briefing) {
      // A clean file's body goes to the cache file, and what serves reads it back from there.
      const clean = parsed.problems.length === 0;
      if (!clean) cache?.delete(name);
      const good =
        cache && clean ? cache.set(name, stamp, parsed.briefing) : wholeBriefing(parsed.briefing);
      remember(name, { path, good, problems: parsed.problems });
      return;
    }
    // After a restart, the last good version is the one the cache kept from before. It still
    // reads its body from the cache, whose stamp now matches nothing: the next start parses the
    // file again rather than taking that version for the file.
    const previous = files.get(name)?.good ?? cache?.lastGood(name);
    if (previous) cache?.invalidate(name);
    else cache?.delete(name);
    const problems = previous
      ? parsed.problems.map((problem) => ({
          ...problem,
          message: `${problem.message} (still serving the last good version)`,
        }))
      : parsed.problems;
    remember(name, { path, ...(previous ? { good: previous } : {}), problems });
  }

  function listNames(): string[] {
    // Every entry with a briefing's name counts, whatever it is: reading it decides whether it
    // serves or is reported, the same way at start, on a change, and in `validate`.
    return readdirSync(dir).filter(isBriefingFile).sort();
  }

  return {
    dir,
    /** Reads every briefing file in the directory, forgetting files that are gone. */
    loadAll(
      options: {
        warnings?: boolean;
        preparsed?: ReadonlyMap<string, Preparsed>;
        /**
         * The folder as listed on another thread during the start (see read-ahead.ts): its
         * names, and the stamps of its plain files, taken instead of stamping each file again.
         * A change since is the watcher's to report (it is started before the listing).
         */
        listing?: FolderListing;
      } = {},
    ): BriefingSnapshot {
      const names = options.listing?.names ?? listNames();
      epoch++;
      quick = undefined;
      const present = new Set(names);
      for (const name of [...files.keys()]) if (!present.has(name)) forget(name);
      cache?.retain(present);
      const stamps = options.listing?.stamps;
      for (const name of names) read(name, false, options.preparsed?.get(name), stamps?.get(name));
      return this.snapshot(options);
    },
    /** Re-reads one file by its name in the directory (a deleted file is dropped). */
    reload(name: string, options: { warnings?: boolean } = {}): BriefingSnapshot {
      epoch++;
      read(name, true);
      return this.snapshot(options);
    },
    /**
     * What the files amount to now. With `warnings: false`, only what decides which briefings
     * serve is checked (per-file problems and duplicate ids): fast enough for every save.
     */
    snapshot(options: { warnings?: boolean } = {}): BriefingSnapshot {
      if (options.warnings === false && quick !== undefined) {
        const patchedSnapshot = patch(quick);
        if (patchedSnapshot) return patchedSnapshot;
      }
      const { candidates, problems } = gather();
      return settleSnapshot(candidates, problems, checkLibrary(candidates, options), options);
    },
    /**
     * Every check, warnings too, with the event loop free every few thousand briefings (at
     * 100,000, half a second that held up saves and commands); undefined if a file was read
     * meanwhile, since what was checked is then no longer what is there.
     */
    async snapshotInSlices(): Promise<BriefingSnapshot | undefined> {
      const at = changes;
      const { candidates, problems } = gather();
      const checked = await checkLibraryInSlices(candidates);
      if (changes !== at) return undefined;
      return settleSnapshot(candidates, problems, checked, {});
    },
  };

  /** The briefings that may serve, in file order, and every file's own problems. */
  function gather() {
    order ??= [...files.keys()].sort();
    const candidates: FileBriefing<ServedBriefing>[] = [];
    const problems: Problem[] = [];
    for (const name of order) {
      const state = files.get(name);
      if (state === undefined) continue;
      for (const problem of state.problems) problems.push(problem);
      if (state.good)
        candidates.push({ file: state.path, briefing: state.good, since: state.since ?? 0 });
    }
    return { candidates, problems };
  }

  /** The snapshot from a check of `candidates`; with `warnings: false`, kept to patch saves into. */
  function settleSnapshot(
    candidates: FileBriefing<ServedBriefing>[],
    problems: Problem[],
    checked: LibraryCheck<ServedBriefing>,
    options: { warnings?: boolean },
  ): BriefingSnapshot {
    // Positions for cross-file findings need the file's source; read each such file once.
    const locators = new Map<string, ReturnType<typeof locatorFor>>();
    for (const finding of checked.findings) {
      let locate = locators.get(finding.file);
      if (locate === undefined) {
        locate = locatorFor(dir, finding.file, maxBytes);
        locators.set(finding.file, locate);
      }
      problems.push({
        file: finding.file,
        ...locate(finding.path),
        path: finding.path.join('.'),
        message: finding.message,
        severity: finding.severity,
      });
    }
    const result = {
      briefings: checked.accepted.map((entry) => entry.briefing),
      problems: problems.sort(compareProblems),
      drafts: splitDrafts(checked.accepted).drafts,
    };
    if (options.warnings === false) {
      const ids = new Map<string, number>();
      for (const { briefing } of candidates) ids.set(briefing.id, (ids.get(briefing.id) ?? 0) + 1);
      const at = new Map(checked.accepted.map((entry, i) => [entry.file, i]));
      quick = { result, accepted: checked.accepted, at, ids };
      patched.clear();
    }
    return result;
  }
}

export type BriefingFiles = ReturnType<typeof createBriefingFiles>;

interface QuickSnapshot {
  result: BriefingSnapshot;
  /** The files that serve, in the order of `result.briefings`. */
  accepted: FileBriefing<ServedBriefing>[];
  /** Where each serving file is in `accepted`, by its path. */
  at: Map<string, number>;
  /** How many files claim each briefing id (more than one: a duplicate, settled by the checks). */
  ids: Map<string, number>;
}

function locatorFor(
  dir: string,
  file: string,
  maxBytes: number,
): (path: (string | number)[]) => { line: number; column: number } {
  try {
    const source = readBriefingFile(dir, basename(file), maxBytes);
    if (source === undefined) throw new Error('gone');
    return createLocator(source);
  } catch {
    return () => ({ line: 1, column: 1 });
  }
}
