import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryOf, watchProcess } from './child-process.ts';
import { percentile, ratio, round } from './stats.ts';

export interface StartupRow {
  size: number;
  /** The first start on an empty data directory: every file parsed. */
  coldReadyMs: number;
  /** Process start to every command answerable (briefings loaded, names indexed), on a restart. */
  readyMs: number;
  /** Process start to full-text search complete. */
  searchReadyMs: number;
  /** Resident memory once everything is loaded and indexed, and the peak on the way. */
  rssMb: number;
  peakMb: number;
  /** Median and slowest time from saving one changed file to the bot serving it. */
  reloadMs: number;
  reloadMaxMs: number;
  /** The naive start-up (read and parse every file, build a Fuse.js index) in the same run. */
  naiveReadyMs: number;
  naiveRssMb: number;
  /** Briefbot's ready time over the naive one. */
  readyRatio: number;
}

/**
 * How long a start may take, from spawn to search ready: a first start at 100,000 briefings
 * parses every file and builds the full-text index, over three minutes on a busy 2-core machine.
 */
const startTimeoutMs = (size: number) => Math.max(180_000, size * 5);

/**
 * Starts the bot as `npm start` does (the console, no credentials) on a corpus directory, times
 * it from spawn to the log lines that mark readiness and reads its memory; then saves one file
 * `edits` times with a changed title and times each pick-up. The real process, so module loading
 * and the file watcher count.
 */
function startBriefbot(dir: string, size: number, edits: number, dataDir: string) {
  const file = join(dir, 'bench-00001.yaml');
  const original = readFileSync(file, 'utf8');
  const row: Partial<StartupRow> = {};
  const reloads: number[] = [];
  let editStarted = 0;
  const edit = () => {
    editStarted = performance.now();
    const title = `title: $1 (edit ${reloads.length + 1})`;
    writeFileSync(file, original.replace(/^title: (.*)$/m, title));
  };
  const watched = watchProcess(
    'src/main.ts',
    [],
    {
      BRIEFINGS_DIR: dir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
    },
    startTimeoutMs(size),
    ({ msg }, now, self) => {
      if (msg === 'briefings loaded') row.readyMs = round(now - self.started, 0);
      if (msg === 'search index ready') {
        row.searchReadyMs = round(now - self.started, 0);
        const memory = memoryOf(self.child.pid ?? 0);
        row.rssMb = round(memory.rssMb, 0);
        row.peakMb = round(memory.peakMb, 0);
        if (edits > 0) setTimeout(edit, 200);
        else self.finish();
      }
      if (msg === 'briefings reloaded' && editStarted > 0) {
        reloads.push(now - editStarted);
        if (reloads.length < edits) setTimeout(edit, 200);
        else self.finish();
      }
    },
  );
  return watched.done
    .finally(() => writeFileSync(file, original))
    .then(() => {
      const sorted = reloads.sort((a, b) => a - b);
      return {
        ...row,
        reloadMs: round(percentile(sorted, 50), 0),
        reloadMaxMs: round(sorted.at(-1) ?? Number.NaN, 0),
      };
    });
}

/** The naive start-up on the same directory: spawn to every file parsed and indexed. */
function startNaive(
  dir: string,
  size: number,
): Promise<{ naiveReadyMs: number; naiveRssMb: number }> {
  let result = { naiveReadyMs: Number.NaN, naiveRssMb: Number.NaN };
  const watched = watchProcess(
    'bench/naive-start.ts',
    [dir],
    {},
    startTimeoutMs(size),
    ({ msg }, now, self) => {
      if (msg !== 'briefings loaded') return;
      result = {
        naiveReadyMs: round(now - self.started, 0),
        naiveRssMb: round(memoryOf(self.child.pid ?? 0).rssMb, 0),
      };
      self.finish();
    },
  );
  return watched.done.then(() => result);
}

/** Briefbot's start, memory and reload on one corpus, beside the naive start-up in the same run. */
export async function benchStartup(
  dir: string,
  size: number,
  edits: number,
  dataDir: string,
): Promise<StartupRow> {
  const naive = await startNaive(dir, size);
  // The first start parses every file and leaves the parsed briefings in the data directory; the
  // restart (what a deployed bot does after an update or a crash) reads them back.
  const cold = await startBriefbot(dir, size, 0, dataDir);
  const ours = await startBriefbot(dir, size, edits, dataDir);
  return {
    size,
    coldReadyMs: cold.readyMs ?? Number.NaN,
    readyMs: ours.readyMs ?? Number.NaN,
    searchReadyMs: ours.searchReadyMs ?? Number.NaN,
    rssMb: ours.rssMb ?? Number.NaN,
    peakMb: ours.peakMb ?? Number.NaN,
    reloadMs: ours.reloadMs,
    reloadMaxMs: ours.reloadMaxMs,
    ...naive,
    readyRatio: ratio(ours.readyMs ?? Number.NaN, naive.naiveReadyMs),
  };
}
