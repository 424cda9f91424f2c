import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDigestScheduler } from '../src/digests/digest-scheduler.ts';
import type { Publish } from '../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../src/digests/sqlite-store.ts';
import type { Subscription } from '../src/digests/subscription-store.ts';
import type { Library } from '../src/library/library.ts';
import type { Logger } from '../src/logger.ts';
import type { LimitStats } from './rate-limits.ts';
import { ratio, round } from './stats.ts';

/** One message as the fake platform created it: where, and which part of its delivery. */
export interface Posted {
  channel: string;
  part: number;
}

/** A limit across the whole bot and one per channel, each a fixed window. */
export interface Rates {
  perSecond: number;
  channelLimit: number;
  channelWindowMs: number;
}

/**
 * The floor the limits allow for `messages` messages, `parts` per channel: at the sustained rate
 * (the definition: 1,000 messages at 50/s take 20 s), and strictly, counting the burst
 * that a fresh fixed window lets through at once (19 s for the same).
 */
export function floorsOf(rates: Rates, messages: number, parts: number) {
  // A channel's bucket lets its first `channelLimit` parts through at once, at either reading.
  const channelMs = Math.floor((parts - 1) / rates.channelLimit) * rates.channelWindowMs;
  return {
    floorMs: Math.max((messages / rates.perSecond) * 1000, channelMs),
    strictFloorMs: Math.max((Math.ceil(messages / rates.perSecond) - 1) * 1000, channelMs),
  };
}

export interface FanoutRun {
  platform: Subscription['platform'];
  library: Library;
  publish: Publish;
  log: Logger;
  channels: string[];
  /** Everything the fake created so far. */
  posted: () => Posted[];
  /** The fake's limits, as numbers: they give the floor. */
  rates: Rates;
  stats: LimitStats;
  limits: string;
  /** Give up waiting after this long; what is undelivered by then counts as lost. */
  timeoutMs: number;
}

export interface FanoutResult {
  platform: string;
  subscriptions: number;
  /** The limits the fake enforced. */
  limits: string;
  /** Messages per digest (every subscription gets the same digest). */
  parts: number;
  /** The floor at the sustained rate, and the strict one (see floorsOf). */
  floorMs: number;
  strictFloorMs: number;
  /** From the first run handed to the scheduler to the last delivery recorded as sent. */
  elapsedMs: number;
  /** floor / elapsed: 1 is as fast as the sustained rate allows (a first burst can beat it). */
  efficiency: number;
  rateLimited: number;
  rateLimitedGlobal: number;
  rateLimitedChannel: number;
  /** Deliveries that needed more than one attempt. */
  retried: number;
  /** Subscriptions without every part of their digest, or not recorded as sent. */
  lost: number;
  /** Messages beyond one per part per subscription. */
  duplicated: number;
  timedOut: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One digest run for every channel, all due in the same minute, delivered by the real scheduler
 * (its claims in SQLite on disk, its concurrency limit and retry policy) through the real
 * adapter's publish to a fake platform that enforces rate limits. Counts what arrived.
 */
export async function runFanout(run: FanoutRun): Promise<FanoutResult> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-fanout-'));
  const db = openDatabase(join(dir, 'briefbot.sqlite'));
  const store = createSqliteSubscriptionStore(db);
  const subscriptions: Subscription[] = [];
  for (const channelId of run.channels)
    subscriptions.push(
      await store.createSubscription({
        platform: run.platform,
        channelId,
        isDirect: false,
        createdBy: 'bench',
        topics: [],
        cron: '0 8 * * *',
        timezone: 'UTC',
        description: '08:00 every day (UTC)',
        notifyEmpty: false,
        createdAt: new Date(Date.now() - 86_400_000),
      }),
    );
  const scheduler = createDigestScheduler({
    store,
    library: run.library,
    publishers: { [run.platform]: run.publish },
    log: run.log,
    now: () => new Date(),
    catchupHours: 6,
  });
  const finished = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM deliveries WHERE status != 'claimed'",
  );
  const slot = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const startedAt = Date.now();
  for (const subscription of subscriptions) scheduler.deliverRun(subscription.id, slot);
  let timedOut = false;
  while ((finished.get()?.n ?? 0) < subscriptions.length) {
    if (Date.now() - startedAt > run.timeoutMs) {
      timedOut = true;
      break;
    }
    await sleep(100);
  }
  await scheduler.stop();
  const outcome = db
    .prepare<[], { retried: number; last: string | null }>(
      'SELECT sum(attempts > 0) AS retried, max(finished_at) AS last FROM deliveries',
    )
    .get();
  const notSent = db
    .prepare<[], { channel_id: string }>(
      `SELECT s.channel_id FROM subscriptions s LEFT JOIN deliveries d
         ON d.subscription_id = s.id AND d.status = 'sent' WHERE d.id IS NULL`,
    )
    .all()
    .map((row) => row.channel_id);
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const byChannel = new Map<string, number[]>(run.channels.map((channel) => [channel, []]));
  for (const message of run.posted()) byChannel.get(message.channel)?.push(message.part);
  const parts = Math.max(0, ...[...byChannel.values()].map((list) => new Set(list).size));
  let duplicated = 0;
  const lost = new Set(notSent);
  for (const [channel, list] of byChannel) {
    const distinct = new Set(list).size;
    duplicated += list.length - distinct;
    if (distinct < parts || distinct === 0) lost.add(channel);
  }
  const elapsedMs = outcome?.last ? Date.parse(outcome.last) - startedAt : Number.NaN;
  const each = Math.max(1, parts);
  const { floorMs, strictFloorMs } = floorsOf(run.rates, subscriptions.length * each, each);
  return {
    platform: run.platform,
    subscriptions: subscriptions.length,
    limits: run.limits,
    parts,
    floorMs: round(floorMs, 0),
    strictFloorMs: round(strictFloorMs, 0),
    elapsedMs: round(elapsedMs, 0),
    efficiency: ratio(floorMs, elapsedMs),
    rateLimited: run.stats.rateLimited,
    rateLimitedGlobal: run.stats.global,
    rateLimitedChannel: run.stats.channel,
    retried: outcome?.retried ?? 0,
    lost: lost.size,
    duplicated,
    timedOut,
  };
}
