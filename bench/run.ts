import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exitIfHelpAsked } from '../src/cli/usage.ts';
import type { BriefingCache } from '../src/content/briefing-cache.ts';
import { createBriefingFiles } from '../src/content/briefing-files.ts';
import { briefingSchema } from '../src/content/briefing-schema.ts';
import { prepareBriefings } from '../src/content/serve-briefings.ts';
import { directCaller } from '../src/core/caller.ts';
import { registry } from '../src/core/commands/index.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { createLibrary } from '../src/library/create-library.ts';
import { compileBot } from './compiled-bot.ts';
import { benchCoreQueries } from './core-queries.ts';
import { corpusDir, hasCorpus, syntheticBriefings, writeCorpus } from './corpus.ts';
import { benchDiscordE2e } from './e2e-discord.ts';
import { benchSlackE2e } from './e2e-slack.ts';
import { benchDiscordFanout, benchSlackFanout } from './fanout-platforms.ts';
import { benchFeeds, type FeedsRow, feedsTable } from './feeds.ts';
import { benchInstances } from './instances-scale.ts';
import { describeMachine, type Machine } from './machine.ts';
import { startNaiveProcess } from './naive-process.ts';
import { type BenchOptions, parseOptions, type Section, USAGE } from './options.ts';
import {
  coreTable,
  e2eTables,
  fanoutTable,
  instancesTables,
  startupTable,
  targetsTable,
} from './report.ts';
import { benchStartup } from './startup.ts';
import { checkTargets, type Figures, type TargetCheck } from './targets.ts';

/** What `npm run bench` writes to bench/results/latest.json. */
export interface BenchResults extends Figures {
  feeds: FeedsRow[];
  date: string;
  machine: Machine;
  options: Omit<BenchOptions, 'out' | 'corpus'>;
  /** Wall time of each section, in seconds. */
  elapsedSeconds: Partial<Record<Section | 'total', number>>;
  targets: TargetCheck[];
}

/** The seed briefing's best-known speaker: a /quote with several statements to render. */
const PERSON = 'putin';

function ensureCorpus(options: BenchOptions, size: number, say: (text: string) => void): string {
  const dir = corpusDir(options.corpus, size);
  if (!hasCorpus(dir, size)) {
    say(`writing ${size} synthetic briefings to ${dir}`);
    writeCorpus(dir, size);
  }
  return dir;
}

/** Runs every section not skipped, and returns the figures with the targets judged. */
/** The briefings shipped in `briefings/`, as the e2e and fan-out sections serve them. */
function seedLibrary() {
  return createLibrary(createBriefingFiles('briefings').loadAll().briefings);
}

export async function runBench(
  options: BenchOptions,
  say: (text: string) => void = () => {},
): Promise<BenchResults> {
  const figures: Figures = { core: [], e2e: [], fanout: [], startup: [], instances: [] };
  const feeds: FeedsRow[] = [];
  const elapsedSeconds: BenchResults['elapsedSeconds'] = {};
  const began = performance.now();
  const section = async (name: Section, title: string, work: () => Promise<void>) => {
    if (options.skip.includes(name)) return;
    say(`${title}…`);
    const started = performance.now();
    await work();
    elapsedSeconds[name] = Math.round((performance.now() - started) / 1000);
    say(`${title}: ${elapsedSeconds[name]} s`);
  };

  // The interaction figures go first, before the large corpora fill this process's heap.
  await section('e2e', '2. End-to-end interaction latency', async () => {
    const library = seedLibrary();
    const invocation = { command: 'quote', args: { person: PERSON } };
    const asker = {
      library,
      caller: directCaller('console', 'bench', 'bench'),
      now: () => new Date(),
    };
    const answer = await dispatch(registry, invocation, asker);
    figures.e2e.push(await benchDiscordE2e(library, PERSON, answer, options.e2e));
    figures.e2e.push(await benchSlackE2e(library, PERSON, answer, options.e2e));
  });
  await section('fanout', '3. Digest fan-out', async () => {
    const { subscriptions, discord, slack } = options.fanout;
    // The seed briefing makes a one-message digest. A library of 40 makes digests of 15
    // briefings, two messages each, so that the per-channel limits come into play too.
    const short = seedLibrary();
    const long = createLibrary([...syntheticBriefings(40)].map((b) => briefingSchema.parse(b)));
    const fewer = Math.ceil(subscriptions / 5);
    figures.fanout.push(await benchDiscordFanout(short, subscriptions, discord));
    figures.fanout.push(await benchSlackFanout(short, subscriptions, slack));
    figures.fanout.push(await benchDiscordFanout(long, fewer, discord));
    figures.fanout.push(await benchSlackFanout(long, fewer, slack));
  });
  await section('core', '1. Query latency against library size', async () => {
    for (const size of options.sizes) {
      const dir = ensureCorpus(options, size, say);
      // The naive bot reads its own copy in its own process while this one reads the library's.
      const starting = startNaiveProcess(dir);
      starting.catch(() => undefined);
      // The library as the bot serves it: heads in memory, bodies in a briefing cache on disk
      // (DATA_DIR) and read back when shown or indexed. Without one, every body stayed in the
      // heap being timed, which no deployment runs, and the collector's pauses grew with it.
      const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-bench-core-'));
      let cache: BriefingCache | undefined;
      try {
        const prepared = await prepareBriefings({
          dir,
          cacheFile: join(dataDir, 'briefing-cache.ndjson'),
        });
        cache = prepared.cache;
        const { briefings, problems } = createBriefingFiles(dir, {
          ...(cache ? { cache } : {}),
        }).loadAll({ preparsed: prepared.preparsed });
        if (problems.some((problem) => problem.severity === 'error'))
          throw new Error(`the corpus of ${size} has problems: ${JSON.stringify(problems[0])}`);
        figures.core.push(...(await benchCoreQueries(briefings, await starting, options.core)));
      } finally {
        await (await starting.catch(() => undefined))?.close();
        cache?.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
      say(`  ${size} briefings done`);
    }
  });
  await section('startup', '4. Start and memory', async () => {
    // Timed as a deployment runs the bot: compiled, without the TypeScript loader `npm start` uses.
    const compiled = compileBot();
    try {
      for (const size of options.sizes) {
        const dir = ensureCorpus(options, size, say);
        const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-bench-data-'));
        try {
          const row = await benchStartup(compiled, dir, size, options.startup.edits, dataDir);
          figures.startup.push(row);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
        say(`  ${size} briefings done`);
      }
    } finally {
      compiled.remove();
    }
  });
  await section('feeds', '5. Feeds to drafts', async () => {
    feeds.push(await benchFeeds(options.feeds));
  });
  await section('instances', '6. Several bot processes', async () => {
    figures.instances.push(...(await benchInstances(options.instances, say)));
  });
  elapsedSeconds.total = Math.round((performance.now() - began) / 1000);

  const { out: _out, corpus: _corpus, ...settings } = options;
  return {
    date: new Date().toISOString(),
    machine: describeMachine(),
    options: settings,
    elapsedSeconds,
    ...figures,
    feeds,
    targets: checkTargets(figures),
  };
}

/** Where a full run writes its Markdown report. */
const RESULTS_PAGE = 'docs/benchmark-results.md';

/** The whole report as Markdown, sections in the order. */
export function formatReport(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    `# Briefbot benchmark, ${results.date.slice(0, 10)}`,
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node.js ${machine.node}; load average ${machine.loadAverage.join(', ')} at the end; ${results.elapsedSeconds.total} s in all.`,
  ];
  const add = (title: string, seconds: number | undefined, body: string) =>
    parts.push(`## ${title} (${seconds} s)\n\n${body}`);
  if (results.core.length > 0)
    add(
      '1. Query latency against library size, beside a naive linear scan with Fuse.js',
      results.elapsedSeconds.core,
      coreTable(results.core),
    );
  if (results.e2e.length > 0)
    add(
      '2. End-to-end interaction latency, beside the bare library answering a fixed string',
      results.elapsedSeconds.e2e,
      e2eTables(results.e2e),
    );
  if (results.fanout.length > 0)
    add(
      '3. Digest fan-out through rate-limited fakes',
      results.elapsedSeconds.fanout,
      fanoutTable(results.fanout),
    );
  if (results.startup.length > 0)
    add(
      '4. Start and memory, compiled as deployed (`npm run build`), beside a naive start-up (parse every file, build a Fuse.js index), compiled too; and a restart from source as `npm start` runs it',
      results.elapsedSeconds.startup,
      startupTable(results.startup),
    );
  if (results.feeds.length > 0)
    add(
      '5. Feeds to drafts: local feeds gaining new items at once, reader queries beside them',
      results.elapsedSeconds.feeds,
      feedsTable(results.feeds),
    );
  if (results.instances.length > 0)
    add(
      '6. Several processes: fan-out against the rate-limit floor, and Slack requests behind a balancer',
      results.elapsedSeconds.instances,
      instancesTables(results.instances),
    );
  parts.push(`## Targets\n\n${targetsTable(results.targets)}`);
  return `${parts.join('\n\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitIfHelpAsked(process.argv.slice(2), USAGE);
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const results = await runBench(options, (text) => process.stderr.write(`${text}\n`));
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  const report = formatReport(results);
  process.stdout.write(report);
  process.stderr.write(`\nwrote ${options.out}\n`);
  // A full run's figures are published where readers look for them; quick runs only check.
  if (!options.quick) {
    writeFileSync(RESULTS_PAGE, report);
    process.stderr.write(`wrote ${RESULTS_PAGE}\n`);
  }
  // Sockets kept alive by the HTTP clients would otherwise hold the process open a while.
  process.exit(0);
}
