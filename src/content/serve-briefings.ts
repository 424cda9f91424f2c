import { createLibrary, type Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import {
  type BriefingFiles,
  type BriefingSnapshot,
  createBriefingFiles,
} from './briefing-files.ts';
import { formatProblem, type Problem } from './problem.ts';
import { watchBriefings } from './watch-briefings.ts';

export interface ServedBriefings {
  library: Library;
  files: BriefingFiles;
  /** The problems in the files as last read. */
  problems(): Problem[];
  /** Stops watching the directory. */
  stop(): void;
}

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
export function serveBriefings(options: {
  dir: string;
  log: Logger;
  watch: boolean;
}): ServedBriefings {
  const { dir, log } = options;
  const files = createBriefingFiles(dir);
  let snapshot: BriefingSnapshot;
  try {
    snapshot = files.loadAll();
  } catch (error) {
    log.error({ err: error, dir }, 'cannot read the briefings directory; serving no briefings');
    snapshot = { briefings: [], problems: [] };
  }
  logProblems(log, snapshot.problems);
  // A large library is ready for every command at once; full text is indexed just after.
  const library = createLibrary();
  library.update(snapshot.briefings, { background: true });
  log.info(
    { dir, briefings: snapshot.briefings.length, problems: snapshot.problems.length },
    'briefings loaded',
  );
  void library
    .textReady()
    .then(() => log.info({ briefings: library.briefings().length }, 'search index ready'));

  const stop = options.watch
    ? watchBriefings(
        files,
        (next, changed) => {
          snapshot = next;
          library.update(next.briefings);
          const mine = next.problems.filter((p) => changed.some((name) => p.file.endsWith(name)));
          logProblems(log, mine);
          log.info({ changed, briefings: next.briefings.length }, 'briefings reloaded');
        },
        (error) => log.error({ err: error, dir }, 'watching briefings failed'),
      )
    : () => {};

  return { library, files, problems: () => snapshot.problems, stop };
}
