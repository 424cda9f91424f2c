import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL, dropSchemas, freshNames } from './bot-processes.ts';
import { memoryOf, type Watched, watchProcess } from './child-process.ts';
import type { CompiledBot } from './compiled-bot.ts';
import { percentile, ratio, round } from './stats.ts';

export interface StartupRow {
  size: number;
  /** The first start on an empty data directory: every file parsed. */
  coldReadyMs: number;
  /**
   * A new instance joining a deployment on PostgreSQL: an empty data directory, with the parsed
   * files another process shared in the database. Not timed at every size (NEW_INSTANCE_SIZES).
   */
  newInstanceReadyMs?: number;
  /** Process start to every command answerable (briefings loaded, names indexed), on a restart. */
  readyMs: number;
  /**
   * The same restart from source, as `npm start` runs it (under the TypeScript loader); every
   * other figure is the compiled bot's, as a deployment runs it after `npm run build`.
   */
  sourceReadyMs: number;
  /**
   * Process start to the restarted console's first answer, to a command (`/topics`) typed at
   * once: when a person is served, which may come after `readyMs` (what the start does after
   * loading the briefings, before its prompt, counts here).
   */
  answerMs: number;
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
 * Starts the bot (`entry`: the compiled one, or `src/main.ts` as `npm start` runs it) as the
 * console, with no credentials, on a corpus directory, times it from spawn to the log lines that
 * mark readiness and reads its memory; then saves one file `edits` times with a changed title and
 * times each pick-up. The real process, so module loading and the file watcher count.
 */
function startBriefbot(entry: string, dir: string, size: number, edits: number, dataDir: string) {
  const file = join(dir, 'bench-00001.yaml');
  const original = readFileSync(file, 'utf8');
  if (!/^title: ".*"$/m.test(original)) throw new Error(`${file} has no quoted title to edit`);
  const row: Partial<StartupRow> = {};
  const reloads: number[] = [];
  let editStarted = 0;
  // The title is a quoted scalar: the edit goes inside the quotes, so the save is a valid file that
  // serves (text after the closing quote would be a broken save, timed on another path).
  const edit = () => {
    editStarted = performance.now();
    const title = `title: "$1 (edit ${reloads.length + 1})"`;
    writeFileSync(file, original.replace(/^title: "(.*)"$/m, title));
  };
  let searchReady = false;
  // Done once search is ready, the typed command answered and every edit picked up.
  const finishWhenDone = (self: Watched) => {
    if (searchReady && row.answerMs !== undefined && reloads.length >= edits) self.finish();
  };
  const watched = watchProcess(
    entry,
    [],
    botEnv(dir, dataDir),
    startTimeoutMs(size),
    ({ msg }, now, self) => {
      if (msg === 'briefings loaded') row.readyMs = round(now - self.started, 0);
      if (msg === 'search index ready') {
        row.searchReadyMs = round(now - self.started, 0);
        const memory = memoryOf(self.child.pid ?? 0);
        row.rssMb = round(memory.rssMb, 0);
        row.peakMb = round(memory.peakMb, 0);
        searchReady = true;
        if (edits > 0) setTimeout(edit, 200);
      }
      if (msg === 'briefing file problem' && editStarted > 0)
        self.finish(new Error(`the edited ${file} did not parse; a reload must time a good save`));
      if (msg === 'briefings reloaded' && editStarted > 0) {
        reloads.push(now - editStarted);
        if (reloads.length < edits) setTimeout(edit, 200);
      }
      finishWhenDone(self);
    },
    {
      input: '/topics\n',
      onOutput: (now, self) => {
        row.answerMs = round(now - self.started, 0);
        finishWhenDone(self);
      },
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

/**
 * Sizes at which a new instance's start is timed: from 1,000 (a start shares only what it parsed
 * on several threads, from 500 files), to 10,000 (a run at 100,000 would copy 800 MB into the
 * database first).
 */
const NEW_INSTANCE_SIZES = { from: 1000, to: 10_000 };

/** The console as `npm start` runs it, on a corpus and a data directory, plus `env`. */
const botEnv = (dir: string, dataDir: string, env: Record<string, string> = {}) => ({
  BRIEFINGS_DIR: dir,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'info',
  DISCORD_TOKEN: '',
  SLACK_BOT_TOKEN: '',
  ...env,
});

/**
 * A new instance joining a deployment on PostgreSQL: one process starts on an empty data
 * directory and shares what it parsed; then another, on another empty data directory, is timed
 * from spawn to ready. Both on a schema of their own, dropped after.
 */
async function startNewInstance(entry: string, dir: string, size: number): Promise<number> {
  const { schema } = freshNames('start');
  const env = { DATABASE_URL: DEFAULT_DATABASE_URL, DATABASE_SCHEMA: schema };
  const dataDirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'briefbot-bench-instance-')));
  let readyMs = Number.NaN;
  try {
    await watchProcess(
      entry,
      [],
      botEnv(dir, dataDirs[0] as string, env),
      startTimeoutMs(size),
      ({ msg }, _now, self) => {
        if (msg === 'parsed briefings shared') self.finish();
      },
    ).done;
    await watchProcess(
      entry,
      [],
      botEnv(dir, dataDirs[1] as string, env),
      startTimeoutMs(size),
      ({ msg }, now, self) => {
        if (msg !== 'briefings loaded') return;
        readyMs = round(now - self.started, 0);
        self.finish();
      },
    ).done;
  } finally {
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    await dropSchemas(DEFAULT_DATABASE_URL, schema);
  }
  return readyMs;
}

/** The naive start-up on the same directory: spawn to every file parsed and indexed. */
function startNaive(
  entry: string,
  dir: string,
  size: number,
): Promise<{ naiveReadyMs: number; naiveRssMb: number }> {
  let result = { naiveReadyMs: Number.NaN, naiveRssMb: Number.NaN };
  const watched = watchProcess(entry, [dir], {}, startTimeoutMs(size), ({ msg }, now, self) => {
    if (msg !== 'briefings loaded') return;
    result = {
      naiveReadyMs: round(now - self.started, 0),
      naiveRssMb: round(memoryOf(self.child.pid ?? 0).rssMb, 0),
    };
    self.finish();
  });
  return watched.done.then(() => result);
}

/**
 * Briefbot's start, memory and reload on one corpus, beside the naive start-up in the same run:
 * both compiled (`compiled`, from `compileBot`), and a restart from source as well.
 */
export async function benchStartup(
  compiled: Pick<CompiledBot, 'main' | 'naive'>,
  dir: string,
  size: number,
  edits: number,
  dataDir: string,
): Promise<StartupRow> {
  const naive = await startNaive(compiled.naive, dir, size);
  // The first start parses every file and leaves the parsed briefings in the data directory; the
  // restart (what a deployed bot does after an update or a crash) reads them back.
  const cold = await startBriefbot(compiled.main, dir, size, 0, dataDir);
  const ours = await startBriefbot(compiled.main, dir, size, edits, dataDir);
  const fromSource = await startBriefbot('src/main.ts', dir, size, 0, dataDir);
  const timesNewInstance = size >= NEW_INSTANCE_SIZES.from && size <= NEW_INSTANCE_SIZES.to;
  return {
    size,
    coldReadyMs: cold.readyMs ?? Number.NaN,
    ...(timesNewInstance
      ? { newInstanceReadyMs: await startNewInstance(compiled.main, dir, size) }
      : {}),
    readyMs: ours.readyMs ?? Number.NaN,
    sourceReadyMs: fromSource.readyMs ?? Number.NaN,
    answerMs: ours.answerMs ?? Number.NaN,
    searchReadyMs: ours.searchReadyMs ?? Number.NaN,
    rssMb: ours.rssMb ?? Number.NaN,
    peakMb: ours.peakMb ?? Number.NaN,
    reloadMs: ours.reloadMs,
    reloadMaxMs: ours.reloadMaxMs,
    ...naive,
    readyRatio: ratio(ours.readyMs ?? Number.NaN, naive.naiveReadyMs),
  };
}
