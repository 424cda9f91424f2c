import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryPlan } from './core-queries.ts';
import type { FeedsPlan } from './feeds.ts';
import type { InstancesPlan } from './instances-scale.ts';
import {
  DISCORD_LIMITS,
  type DiscordLimits,
  SLACK_LIMITS,
  type SlackLimits,
} from './rate-limits.ts';

export const SECTIONS = ['core', 'e2e', 'fanout', 'startup', 'feeds', 'instances'] as const;
export type Section = (typeof SECTIONS)[number];

/** Everything a bench run is told: what to measure, how much, and where to write. */
export interface BenchOptions {
  quick: boolean;
  sizes: number[];
  skip: Section[];
  /** Where the synthetic corpora live (one folder per size). */
  corpus: string;
  out: string;
  core: QueryPlan;
  e2e: { runs: number; warmup: number; concurrency: number; durationMs: number };
  fanout: { subscriptions: number; discord: DiscordLimits; slack: SlackLimits };
  startup: { edits: number };
  feeds: FeedsPlan;
  instances: InstancesPlan;
}

export const USAGE = `Usage: npm run bench -- [options]

Measures query latency, end-to-end latency, digest fan-out, start-up, feeds, and fan-out and
Slack requests with 1 and 3 bot processes, beside baselines run in the same process; prints
Markdown, writes JSON (and, for a full run, docs/benchmark-results.md).

  --quick              tiny sizes and few iterations (seconds; what npm test runs)
  --sizes 1,1000,10000 library sizes for the core queries and start-up
  --fanout 1000        digest subscriptions, all due in the same minute
  --feeds 200          local feeds polled at once, each with 10 new items
  --instances 500      digests per platform for 1 and 3 bot processes (with --quick, runs
                       the several-processes section, which --quick otherwise leaves out)
  --skip core,e2e      sections to leave out: ${SECTIONS.join(', ')}
  --discord-rate 50    Discord's global limit (requests per second) in the fake
  --slack-rate 10      Slack's workspace limit for chat.postMessage (per second) in the fake
  --corpus dir         where the synthetic briefings are (default bench/corpus)
  --out file           the JSON results (default bench/results/latest.json)

Examples:
  npm run bench -- --quick
  npm run bench -- --sizes 1,1000 --skip startup
  npm run bench -- --skip core,e2e,fanout,startup,feeds --instances 200`;

function number(value: string | undefined, flag: string): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed) || parsed <= 0)
    throw new Error(`${flag} needs a positive number\n\n${USAGE}`);
  return parsed;
}

/** Reads the command line; `--quick` sets small defaults that the other flags can still change. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}\n\n${USAGE}`);
    const next = argv[i + 1];
    const hasValue = next !== undefined && !next.startsWith('--');
    flags.set(arg, hasValue ? next : undefined);
    if (hasValue) i++;
  }
  const known = [
    '--quick',
    '--sizes',
    '--fanout',
    '--feeds',
    '--instances',
    '--skip',
    '--discord-rate',
    '--slack-rate',
    '--corpus',
    '--out',
  ];
  for (const flag of flags.keys())
    if (!known.includes(flag)) throw new Error(`unknown option ${flag}\n\n${USAGE}`);

  const quick = flags.has('--quick');
  const skip = (flags.get('--skip') ?? '').split(',').filter(Boolean);
  for (const section of skip)
    if (!SECTIONS.includes(section as Section))
      throw new Error(`--skip takes ${SECTIONS.join(', ')}; got ${section}`);
  // Starting bot processes takes seconds each on a busy machine: a quick run leaves them out
  // unless asked for them by name.
  if (quick && !flags.has('--instances') && !skip.includes('instances')) skip.push('instances');
  const list = flags.get('--sizes');
  const sizes = list
    ? list.split(',').map((size) => number(size, '--sizes'))
    : quick
      ? [1, 20]
      : [1, 1000, 10000];
  const fanout = flags.has('--fanout')
    ? number(flags.get('--fanout'), '--fanout')
    : quick
      ? 20
      : 1000;
  // Scaled down, the limits shrink with the fan-out, so that they still bind and 429s still come.
  const discordRate = flags.has('--discord-rate')
    ? number(flags.get('--discord-rate'), '--discord-rate')
    : quick
      ? 10
      : DISCORD_LIMITS.globalPerSecond;
  const slackRate = flags.has('--slack-rate')
    ? number(flags.get('--slack-rate'), '--slack-rate')
    : quick
      ? 5
      : SLACK_LIMITS.workspacePerSecond;
  const discord = { ...DISCORD_LIMITS, globalPerSecond: discordRate };
  const slack = { ...SLACK_LIMITS, workspacePerSecond: slackRate };
  return {
    quick,
    sizes,
    skip: skip as Section[],
    corpus:
      flags.get('--corpus') ?? (quick ? join(tmpdir(), 'briefbot-bench-corpus') : 'bench/corpus'),
    out:
      flags.get('--out') ??
      (quick ? join(tmpdir(), 'briefbot-bench-quick.json') : 'bench/results/latest.json'),
    core: quick
      ? { runs: 40, baselineRuns: 20, budgetMs: 200, minRuns: 20 }
      : { runs: 3000, baselineRuns: 300, budgetMs: 8000, minRuns: 100 },
    e2e: quick
      ? { runs: 20, warmup: 5, concurrency: 4, durationMs: 300 }
      : { runs: 2000, warmup: 200, concurrency: 32, durationMs: 10_000 },
    fanout: {
      subscriptions: fanout,
      discord,
      slack,
    },
    startup: { edits: quick ? 1 : 7 },
    feeds: {
      feeds: flags.has('--feeds') ? number(flags.get('--feeds'), '--feeds') : quick ? 4 : 200,
      itemsPerFeed: quick ? 2 : 10,
      readerMs: quick ? 200 : 3000,
    },
    instances: {
      processCounts: [1, 3],
      digests: flags.has('--instances')
        ? number(flags.get('--instances'), '--instances')
        : quick
          ? 10
          : 500,
      discord,
      slack,
      http: quick
        ? { concurrency: 4, warmupMs: 200, durationMs: 1000 }
        : { concurrency: 32, warmupMs: 1000, durationMs: 10_000 },
      // Running processes fan out, as at any due minute; a quick run takes the start-up catch-up.
      ...(quick ? {} : { startLeadSeconds: 40 }),
    },
  };
}
