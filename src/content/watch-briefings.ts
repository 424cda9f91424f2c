import { type FSWatcher, watch } from 'node:fs';
import { type BriefingFiles, type BriefingSnapshot, isBriefingFile } from './briefing-files.ts';

/** Editors save in bursts (write, rename, touch); wait for the burst to settle before reading. */
export const SETTLE_MS = 40;

type OnChange = (snapshot: BriefingSnapshot, changed: string[]) => void;
type OnError = (error: Error) => void;

/** A watch on a briefing folder, begun before the files are read and attached once they are. */
export interface BriefingWatch {
  /**
   * From now on re-reads each file that changes and hands the new snapshot to `onChange`; files
   * saved since the watch began are re-read first. Returns a function that stops watching.
   */
  attach(files: BriefingFiles, onChange: OnChange, onError: OnError): () => void;
  stop(): void;
}

/**
 * Starts watching a briefing folder, keeping the names of files saved until `attach`. Begun
 * before a start lists and reads the folder, so that a save made while the start runs (seconds,
 * at 100,000 briefings) is served once it is up rather than missed until the next save.
 */
export function startWatching(dir: string): BriefingWatch {
  const pending = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | undefined;
  let attached: { files: BriefingFiles; onChange: OnChange; onError: OnError } | undefined;
  let failed: Error | undefined;

  const flush = () => {
    timer = undefined;
    if (attached === undefined) return;
    const { files, onChange, onError } = attached;
    const changed = [...pending];
    pending.clear();
    try {
      let snapshot: BriefingSnapshot;
      if (rescan) {
        rescan = false;
        snapshot = files.loadAll();
      } else {
        // Serve first; the checks across every file (warnings only) are the caller's to run after.
        for (const name of changed.slice(0, -1)) files.reload(name, { warnings: false });
        snapshot = files.reload(changed.at(-1) ?? '', { warnings: false });
      }
      onChange(snapshot, changed);
    } catch (error) {
      onError(error as Error);
    }
  };
  const schedule = () => {
    if (attached === undefined) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => {
      if (filename === null) rescan = true;
      else if (isBriefingFile(filename)) pending.add(filename);
      else return;
      schedule();
    });
    watcher.on('error', (error) => {
      if (attached) attached.onError(error);
      else failed = error;
    });
  } catch (error) {
    failed = error as Error;
  }

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    watcher?.close();
  };
  return {
    attach(files, onChange, onError) {
      attached = { files, onChange, onError };
      if (failed) onError(failed);
      if (pending.size > 0 || rescan) schedule();
      return stop;
    },
    stop,
  };
}

/**
 * Watches a briefing directory and re-reads each file that changes, then hands the new snapshot
 * to `onChange`. Returns a function that stops watching.
 */
export function watchBriefings(
  files: BriefingFiles,
  onChange: OnChange,
  onError: OnError,
): () => void {
  return startWatching(files.dir).attach(files, onChange, onError);
}
