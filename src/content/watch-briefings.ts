import { type FSWatcher, watch } from 'node:fs';
import { type BriefingFiles, type BriefingSnapshot, isBriefingFile } from './briefing-files.ts';

/** Editors save in bursts (write, rename, touch); wait for the burst to settle before reading. */
export const SETTLE_MS = 40;

/**
 * Watches a briefing directory and re-reads each file that changes, then hands the new snapshot
 * to `onChange`. Returns a function that stops watching.
 */
export function watchBriefings(
  files: BriefingFiles,
  onChange: (snapshot: BriefingSnapshot, changed: string[]) => void,
  onError: (error: Error) => void,
): () => void {
  const pending = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    timer = undefined;
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

  let watcher: FSWatcher;
  try {
    watcher = watch(files.dir, { persistent: false }, (_event, filename) => {
      if (filename === null) rescan = true;
      else if (isBriefingFile(filename)) pending.add(filename);
      else return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, SETTLE_MS);
    });
  } catch (error) {
    onError(error as Error);
    return () => {};
  }
  watcher.on('error', onError);
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
