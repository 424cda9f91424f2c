import type { Briefing } from '../src/content/briefing-schema.ts';
import { registry } from '../src/core/commands/index.ts';
import { suggest } from '../src/core/complete.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { createLibrary } from '../src/core/library.ts';
import { createNaiveBaseline } from './naive-baseline.ts';
import { round, type Summary, summarize, time } from './stats.ts';

export interface QueryRow {
  size: number;
  query: string;
  briefbot: Summary;
  baseline: Summary;
  /** Baseline median over Briefbot median: how many times faster Briefbot is. */
  speedup: number;
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
 * briefings in the same run. Queries cycle through names and topics drawn from the corpus.
 */
export async function benchCoreQueries(
  briefings: Briefing[],
  runs: number,
  baselineRuns: number,
): Promise<QueryRow[]> {
  const library = createLibrary();
  library.update(briefings);
  await library.textReady();
  const context = { library, caller, now: () => new Date() };
  const baseline = createNaiveBaseline(briefings);
  const sample = briefings.filter(
    (_, i) => i % Math.max(1, Math.floor(briefings.length / 50)) === 0,
  );
  const people = sample.flatMap((b) => b.people.slice(0, 2));
  const surnames = people.map((p) => p.aliases[0] ?? p.name);
  const topics = sample.map((b) => b.id);
  const words = sample.map((b) => b.tags[0] ?? b.title.split(' ')[0] ?? 'talks');
  const at = <T>(items: T[], i: number): T => items[i % items.length] as T;

  const cases: [string, (i: number) => unknown, (i: number) => unknown][] = [
    [
      '/brief <id>',
      (i) => dispatch(registry, { command: 'brief', args: { topic: at(topics, i) } }, context),
      (i) => baseline.brief(at(topics, i)),
    ],
    [
      '/quote <surname>',
      (i) => dispatch(registry, { command: 'quote', args: { person: at(surnames, i) } }, context),
      (i) => baseline.quote(at(surnames, i)),
    ],
    [
      '/who <full name>',
      (i) => dispatch(registry, { command: 'who', args: { person: at(people, i).name } }, context),
      (i) => baseline.who(at(people, i).name),
    ],
    [
      '/search <words>',
      (i) =>
        dispatch(
          registry,
          { command: 'search', args: { words: `${at(words, i)} talks` } },
          context,
        ),
      (i) => baseline.search(`${at(words, i)} talks`),
    ],
    [
      'autocomplete (3 letters)',
      (i) => suggest(library, 'person', at(surnames, i).slice(0, 3), 25),
      (i) => baseline.complete(at(surnames, i).slice(0, 3)),
    ],
  ];

  const rows: QueryRow[] = [];
  for (const [query, ours, theirs] of cases) {
    const briefbot = summarize(await time(runs, ours));
    const naive = summarize(await time(baselineRuns, theirs));
    rows.push({
      size: briefings.length,
      query,
      briefbot,
      baseline: naive,
      speedup: round(naive.medianMs / briefbot.medianMs, 1),
    });
  }
  return rows;
}
