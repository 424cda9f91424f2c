import type { ServedBriefing } from '../src/content/lean-briefing.ts';
import { registry } from '../src/core/commands/index.ts';
import { suggest } from '../src/core/complete.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { createLibrary } from '../src/library/create-library.ts';
import type { startNaiveProcess } from './naive-process.ts';
import { ratio, type Summary, summarize, timePair } from './stats.ts';

export interface QueryRow {
  size: number;
  query: string;
  briefbot: Summary;
  baseline: Summary;
  /** Baseline median over Briefbot median: how many times faster Briefbot is. */
  speedup: number;
  /** Baseline p99 over Briefbot p99. */
  speedupP99: number;
  /** Whether both sides found what was asked (Briefbot without an error reply, the baseline non-empty). */
  answered: boolean;
}

/** How long each query kind is sampled for, and how often. */
export interface QueryPlan {
  runs: number;
  baselineRuns: number;
  budgetMs: number;
  /** Samples each side gets even past the budget, so that a slow query still has a p99. */
  minRuns: number;
}

const caller = {
  platform: 'console' as const,
  userId: 'bench',
  channelId: 'bench',
  isDirect: true,
  canManageChannel: true,
};

/**
 * Median and p99 of each query kind through the core, beside the naive baseline on the same
 * briefings in the same run (in its own process, with its own copy), the two interleaved. Queries
 * cycle through names and topics drawn from the corpus, so that no single cached answer is timed.
 */
export async function benchCoreQueries(
  briefings: ServedBriefing[],
  naive: Awaited<ReturnType<typeof startNaiveProcess>>,
  plan: QueryPlan,
): Promise<QueryRow[]> {
  const library = createLibrary();
  library.update(briefings);
  await library.textReady();
  const context = { library, caller, now: () => new Date() };
  const sample = briefings.filter(
    (_, i) => i % Math.max(1, Math.floor(briefings.length / 50)) === 0,
  );
  // People who said something, so that /quote has an answer to give rather than an error.
  const people = sample.flatMap((b) =>
    b.people.filter((p) => b.cues.speakers.includes(p.id)).slice(0, 2),
  );
  const surnames = people.map((p) => p.aliases[0] ?? p.name);
  const topics = sample.map((b) => b.id);
  const words = sample.map((b) => b.tags[0] ?? b.title.split(' ')[0] ?? 'talks');
  const at = <T>(items: T[], i: number): T => items[i % items.length] as T;
  // The longest word of each, one letter dropped ("energy" → "enrgy"): a typo that a search must
  // forgive, and so takes the loose pass that expands every word to its near spellings.
  const misspelt = words.map((tag) => {
    const longest = tag.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
    return longest.length >= 6 ? `${longest.slice(0, 2)}${longest.slice(3)}` : longest;
  });

  const cases: [string, (i: number) => unknown, (i: number) => unknown][] = [
    [
      '/brief <id>',
      (i) => dispatch(registry, { command: 'brief', args: { topic: at(topics, i) } }, context),
      (i) => naive.ask('brief', at(topics, i)),
    ],
    [
      '/quote <surname>',
      (i) => dispatch(registry, { command: 'quote', args: { person: at(surnames, i) } }, context),
      (i) => naive.ask('quote', at(surnames, i)),
    ],
    [
      '/who <full name>',
      (i) => dispatch(registry, { command: 'who', args: { person: at(people, i).name } }, context),
      (i) => naive.ask('who', at(people, i).name),
    ],
    [
      '/search <words>',
      (i) =>
        dispatch(
          registry,
          { command: 'search', args: { words: `${at(words, i)} talks` } },
          context,
        ),
      (i) => naive.ask('search', `${at(words, i)} talks`),
    ],
    [
      '/search <words, one misspelt>',
      (i) =>
        dispatch(
          registry,
          { command: 'search', args: { words: `${at(misspelt, i)} talks` } },
          context,
        ),
      (i) => naive.ask('search', `${at(misspelt, i)} talks`),
    ],
    [
      'autocomplete (3 letters)',
      (i) => suggest(library, 'person', at(surnames, i).slice(0, 3), 25),
      (i) => naive.ask('complete', at(surnames, i).slice(0, 3)),
    ],
  ];

  const rows: QueryRow[] = [];
  for (const [query, ours, theirs] of cases) {
    const first = (await ours(0)) as { error?: unknown } | unknown[];
    const answered =
      (Array.isArray(first) ? first.length > 0 : !first.error) && (await theirs(0)) === true;
    const samples = await timePair(
      {
        runs: plan.runs,
        runsB: plan.baselineRuns,
        budgetMs: plan.budgetMs,
        minRuns: Math.min(plan.minRuns, plan.baselineRuns),
        warmup: Math.min(10, plan.baselineRuns),
      },
      ours,
      theirs,
    );
    const briefbot = summarize(samples.a);
    const baseline = summarize(samples.b);
    rows.push({
      size: briefings.length,
      query,
      briefbot,
      baseline,
      speedup: ratio(baseline.medianMs, briefbot.medianMs, 2),
      speedupP99: ratio(baseline.p99Ms, briefbot.p99Ms, 2),
      answered,
    });
  }
  return rows;
}
