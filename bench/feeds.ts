import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { sampleStory, startFakeFeeds } from '../fakes/fake-feeds.ts';
import { createReviewChannel } from '../src/app/review-channel.ts';
import { createDraftReview } from '../src/content/draft-review.ts';
import { serveBriefings } from '../src/content/serve-briefings.ts';
import { directCaller } from '../src/core/caller.ts';
import { registry } from '../src/core/commands/index.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { createFeedPoller } from '../src/feeds/feed-poller.ts';
import { createSqliteFeedStore } from '../src/feeds/sqlite-feed-store.ts';
import { createLibrary } from '../src/library/create-library.ts';
import { createLogger } from '../src/logger.ts';
import { percentile, ratio, round, type Summary, summarize } from './stats.ts';

/** How big a feeds run is. */
export interface FeedsPlan {
  feeds: number;
  itemsPerFeed: number;
  /** How long reader queries are timed with no poller running. */
  readerMs: number;
}

export interface FeedsRow {
  feeds: number;
  itemsPerFeed: number;
  drafted: number;
  announced: number;
  elapsedMs: number;
  draftsPerSecond: number;
  /** From the moment every feed changed to each draft's message in the review channel. */
  updateToReview: Summary & { maxMs: number };
  rssBeforeMb: number;
  peakRssMb: number;
  /**
   * `/quote putin` through the core, one reader every 5 ms, timed from when each was due (event
   * loop queueing included), alone and while the poller drafts.
   */
  readers: { alone: Summary; withPoller: Summary; medianRatio: number; p99Ratio: number };
}

const MB = 2 ** 20;
const QUERY = { command: 'quote', args: { person: 'putin' } };
/** A reader arrives every this many ms. */
const READER_GAP_MS = 5;

/**
 * One reader's wait: from when the query was due (a timer READER_GAP_MS ahead) to its answer, so
 * that time spent queued behind other work on the event loop counts, as a user would feel it.
 */
async function oneReader(ask: () => Promise<unknown>): Promise<number> {
  const due = performance.now() + READER_GAP_MS;
  await new Promise((resolve) => setTimeout(resolve, READER_GAP_MS));
  await ask();
  return Math.max(0, performance.now() - due);
}

/**
 * Polls `feeds` local feeds that each gain `itemsPerFeed` new items at once, through the real
 * poller, folder, review desk and review channel (its posts collected in memory), while reader
 * queries run against the same library; then the same queries alone, as the baseline.
 */
export async function benchFeeds(plan: FeedsPlan): Promise<FeedsRow> {
  const site = await startFakeFeeds();
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-feeds-'));
  const log = createLogger({ level: 'silent', destination: new PassThrough() });
  const store = createSqliteFeedStore(join(dir, '.feeds.sqlite'));
  try {
    for (const file of readdirSync('briefings').filter((name) => name.endsWith('.yaml')))
      cpSync(join('briefings', file), join(dir, file));
    const announcedAt: number[] = [];
    const folder = serveBriefings({
      library: createLibrary(),
      dir,
      log,
      watch: false,
      onChange: () => void channel.announceNewDrafts(),
    });
    const review = createDraftReview({
      drafts: () => folder.drafts(),
      reload: (name) => folder.reload(name),
      isServed: (id, name) => folder.serves(id, name),
    });
    const channel = createReviewChannel({
      targets: [{ platform: 'console', channelId: 'review', isDirect: false }],
      publishers: () => ({
        console: async () => {
          announcedAt.push(performance.now());
          return { messageId: String(announcedAt.length) };
        },
      }),
      drafts: () => folder.drafts().map((entry) => entry.briefing),
      review: () => review,
      log,
    });
    channel.start();
    const paths = Array.from({ length: plan.feeds }, (_, i) => `/feed-${i}.xml`);
    for (const path of paths) {
      site.setFeed(path, { format: 'rss', title: `Feed ${path}`, stories: [] });
      await store.add(`${site.url}${path}`, 'bench', new Date());
    }
    const poller = createFeedPoller({
      store,
      limits: { timeoutMs: 30_000, maxBytes: 5 * MB, allowPrivate: ['127.0.0.1'] },
      drafts: { dir, reload: (name) => folder.reload(name) },
      settings: {
        intervalMs: 60_000,
        maxCacheMs: 60_000,
        retryMs: 60_000,
        firstReadItems: plan.itemsPerFeed,
        maxFailures: 5,
        concurrency: 8,
        tickMs: 60_000,
      },
      log,
    });
    // The first read of an empty feed primes it; the update below is then all new items.
    await poller.pollDue();

    const context = {
      library: folder.library,
      caller: directCaller('console', 'bench', 'bench'),
      now: () => new Date(),
    };
    const alone: number[] = [];
    const until = performance.now() + plan.readerMs;
    const ask = () => dispatch(registry, QUERY, context);
    while (performance.now() < until) alone.push(await oneReader(ask));

    paths.forEach((path, feed) => {
      const stories = Array.from({ length: plan.itemsPerFeed }, (_, n) =>
        sampleStory(n + 1, `2025-03-01T${String(n % 24).padStart(2, '0')}:00:00Z`, `town${feed}`),
      );
      site.setFeed(path, { format: 'rss', title: `Feed ${path}`, stories });
    });
    for (const feed of await store.list()) await store.update(feed.id, { nextPollAt: new Date(0) });
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const updated = performance.now();
    let done = false;
    const polling = poller.pollDue().then(() => {
      done = true;
    });
    const withPoller: number[] = [];
    while (!done) withPoller.push(await oneReader(ask));
    await polling;
    await channel.announceNewDrafts();
    const elapsedMs = performance.now() - updated;
    clearInterval(sampler);
    await poller.stop();
    folder.stop();

    const counts = await Promise.all((await store.list()).map((f) => store.counts(f.id)));
    const drafted = counts.reduce((sum, c) => sum + c.drafted, 0);
    const latencies = announcedAt.map((at) => at - updated).sort((a, b) => a - b);
    const a = summarize(alone);
    const w = summarize(withPoller);
    return {
      feeds: plan.feeds,
      itemsPerFeed: plan.itemsPerFeed,
      drafted,
      announced: announcedAt.length,
      elapsedMs: round(elapsedMs, 0),
      draftsPerSecond: round(drafted / (elapsedMs / 1000), 1),
      updateToReview: { ...summarize(latencies), maxMs: round(percentile(latencies, 100), 0) },
      rssBeforeMb: round(rssBefore / MB, 0),
      peakRssMb: round(peak / MB, 0),
      readers: {
        alone: a,
        withPoller: w,
        medianRatio: ratio(w.medianMs, a.medianMs),
        p99Ratio: ratio(w.p99Ms, a.p99Ms),
      },
    };
  } finally {
    await store.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The feeds section as Markdown. */
export function feedsTable(rows: FeedsRow[]): string {
  const lines = [
    '| Feeds × new items | Drafted | Announced | Drafts/s | Update → review message p50 / p99 / max (ms) | RSS before → peak (MB) | Reader wait p50 / p99 alone (ms) | With poller (ms) | Ratio p50 / p99 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.feeds} × ${r.itemsPerFeed} | ${r.drafted} | ${r.announced} | ${r.draftsPerSecond} | ${round(r.updateToReview.medianMs, 0)} / ${round(r.updateToReview.p99Ms, 0)} / ${r.updateToReview.maxMs} | ${r.rssBeforeMb} → ${r.peakRssMb} | ${round(r.readers.alone.medianMs, 2)} / ${round(r.readers.alone.p99Ms, 2)} | ${round(r.readers.withPoller.medianMs, 2)} / ${round(r.readers.withPoller.p99Ms, 2)} | ${r.readers.medianRatio} / ${r.readers.p99Ratio} |`,
    );
  }
  return lines.join('\n');
}
