import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import {
  createDigestScheduler,
  type DigestScheduler,
  type RetryPolicy,
} from '../../src/digests/digest-scheduler.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { NewSubscription } from '../../src/digests/subscription-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, seedBriefings } from '../helpers/briefings.ts';
import { createCollector, type FailRule } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';

// The scheduler's rules on retries, stopping, restarts and catch-up, with the clock driven by
// the test (fake timers for setTimeout only: dates stay fixed by `now`).

const slot = new Date('2026-11-28T08:00:00Z');
const HOUR = 3_600_000;
const started: DigestScheduler[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
  vi.useRealTimers();
});

function setUp(options: { fail?: FailRule; retry?: RetryPolicy | null; now?: Date } = {}) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const collector = createCollector({ fail: options.fail, dedupe: false });
  const library = createLibrary(seedBriefings());
  const logs = new PassThrough();
  let logged = '';
  logs.on('data', (chunk) => {
    logged += chunk;
  });
  const start = async (now: Date = options.now ?? new Date(slot.getTime() + 1000)) => {
    const scheduler = createDigestScheduler({
      store,
      library,
      publishers: { discord: collector.publish },
      log: createLogger({ level: 'warn', destination: logs }),
      now: () => now,
      catchupHours: 6,
      ...(options.retry === null
        ? {}
        : { retry: options.retry ?? { attempts: 4, baseMs: 100, maxMs: 250 } }),
    });
    started.push(scheduler);
    await scheduler.start();
    return scheduler;
  };
  const subscribe = async (overrides: Partial<NewSubscription> = {}) =>
    await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC', ...overrides }),
    );
  return { store, collector, library, start, subscribe, logged: () => logged };
}

const failing: FailRule = () => new Error('HTTP 503');

describe('retries', () => {
  it('backs off 100, 200, then at most 250 ms, and gives up after the last attempt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, collector, start, subscribe } = setUp({ fail: failing });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    const triesAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      await scheduler.idle();
      return collector.attempts.get(sub.channelId);
    };
    expect(await triesAfter(0)).toBe(1);
    expect(await triesAfter(99)).toBe(1);
    expect(await triesAfter(1)).toBe(2);
    expect(await triesAfter(199)).toBe(2);
    expect(await triesAfter(1)).toBe(3);
    expect(await triesAfter(249)).toBe(3);
    expect(await triesAfter(1)).toBe(4);
    expect(await triesAfter(10_000)).toBe(4);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({ status: 'failed', attempts: 4 });
  });

  it('tells the platform a post may repeat an earlier one only on a retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { collector, start, subscribe } = setUp({
      fail: (_target, attempt) => (attempt === 1 ? new Error('HTTP 503') : undefined),
    });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(collector.calls.map((call) => call.recovering)).toEqual([false, true]);
    expect(collector.messages).toHaveLength(1);
  });

  it('by default tries six times, 5 s apart at first and doubling', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, collector, start, subscribe } = setUp({ fail: failing, retry: null });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(collector.attempts.get(sub.channelId)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(collector.attempts.get(sub.channelId)).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000 + 20_000 + 40_000 + 80_000);
    await scheduler.idle();
    expect(collector.attempts.get(sub.channelId)).toBe(6);
    expect((await store.getDelivery(sub.id, slot))?.status).toBe('failed');
  });

  it('ignores a Retry-After that is not a number of seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { collector, start, subscribe } = setUp({
      fail: (_target, attempt) =>
        attempt === 1 ? Object.assign(new Error('limited'), { retryAfter: 'soon' }) : undefined,
    });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(collector.messages).toHaveLength(1);
  });

  it('never attempts a sent run again, even when there is more to say', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { collector, library, start, subscribe } = setUp();
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    library.update([
      ...library.briefings(),
      briefingSchema.parse(briefingData({ id: 'later', updated: '2026-11-27' })),
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    await scheduler.idle();
    expect(collector.calls).toHaveLength(1);
    expect(scheduler.scheduledCount()).toBe(1);
  });

  it('keeps a run claimed, not failed, while its platform is not connected', async () => {
    const { store, collector, start, subscribe } = setUp();
    const sub = await subscribe({ platform: 'slack' });
    const scheduler = await start();
    expect(scheduler.scheduledCount()).toBe(0);
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(collector.calls).toEqual([]);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'claimed',
      lastError: 'slack is not connected',
    });
  });
});

describe('a run triggered twice', () => {
  it('is skipped quietly the second time: one post, no error logged', async () => {
    const { collector, start, subscribe, logged } = setUp();
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(collector.calls).toHaveLength(1);
    expect(logged()).toBe('');
  });
});

describe('stopping', () => {
  it('leaves a run waiting to retry claimed for the next start, and posts nothing more', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, collector, start, subscribe } = setUp({ fail: failing });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    await scheduler.stop();
    expect(scheduler.scheduledCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    scheduler.deliverRun(sub.id, new Date(slot.getTime() + 60_000));
    await scheduler.idle();
    expect(collector.calls).toHaveLength(1);
    expect((await store.getDelivery(sub.id, slot))?.status).toBe('claimed');
    expect(await store.getDelivery(sub.id, new Date(slot.getTime() + 60_000))).toBeUndefined();
  });

  it('waits in idle() for a post that takes a real moment', async () => {
    const { collector, start, subscribe } = setUp({
      fail: () => new Promise((resolve) => setTimeout(() => resolve(undefined), 5)),
    });
    const sub = await subscribe();
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(collector.messages).toHaveLength(1);
  });
});

describe('what runs at start', () => {
  it('schedules active subscriptions on connected platforms only, and keeps them after a post', async () => {
    const { store, start, subscribe } = setUp();
    const active = await subscribe();
    await store.setPaused((await subscribe()).id, 'paused by a person');
    await subscribe({ platform: 'slack' });
    const scheduler = await start();
    expect(scheduler.scheduledCount()).toBe(1);
    scheduler.deliverRun(active.id, slot);
    await scheduler.idle();
    expect(scheduler.scheduledCount()).toBe(1);
  });

  it('expires a claimed run of a paused subscription instead of posting it', async () => {
    const { store, collector, start, subscribe } = setUp();
    const sub = await subscribe();
    // Started a minute before the run, so that no catch-up claims it first.
    const scheduler = await start(new Date(slot.getTime() - 60_000));
    await store.setPaused(sub.id, 'paused by a person');
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(collector.calls).toEqual([]);
    expect((await store.getDelivery(sub.id, slot))?.status).toBe('expired');
  });

  it('finishes a claim up to six hours old, marking it recovered, and expires older ones', async () => {
    const { store, collector, start, subscribe } = setUp();
    const recent = await subscribe({ channelId: 'recent' });
    const old = await subscribe({ channelId: 'old' });
    const paused = await subscribe({ channelId: 'paused' });
    const elsewhere = await subscribe({ channelId: 'elsewhere', platform: 'slack' });
    const now = new Date(slot.getTime() + 6 * HOUR);
    await store.claimDelivery(recent.id, slot, slot);
    await store.claimDelivery(old.id, new Date(slot.getTime() - 60_000), slot);
    await store.claimDelivery(paused.id, slot, slot);
    await store.setPaused(paused.id, 'paused by a person');
    await store.claimDelivery(elsewhere.id, slot, slot);
    await (await start(now)).idle();
    // The old claim is expired; its subscription still gets this morning's run, as a catch-up.
    expect(collector.calls.map((call) => [call.channelId, call.recovering])).toEqual([
      ['recent', true],
      ['old', false],
    ]);
    expect((await store.getDelivery(recent.id, slot))?.status).toBe('sent');
    expect((await store.getDelivery(old.id, new Date(slot.getTime() - 60_000)))?.status).toBe(
      'expired',
    );
    expect((await store.getDelivery(paused.id, slot))?.status).toBe('expired');
    // Its platform may connect on a later start: the claim waits for it.
    expect(await store.getDelivery(elsewhere.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 0,
      lastError: null,
    });
  });

  it('catches up a run missed exactly six hours ago, but not one from before the subscription', async () => {
    const { store, collector, start, subscribe } = setUp();
    const missed = await subscribe({
      channelId: 'missed',
      createdAt: new Date('2026-11-27T00:00:00Z'),
    });
    const newer = await subscribe({
      channelId: 'newer',
      createdAt: new Date('2026-11-28T09:00:00Z'),
    });
    await (await start(new Date(slot.getTime() + 6 * HOUR))).idle();
    expect(collector.calls.map((call) => [call.channelId, call.recovering])).toEqual([
      ['missed', false],
    ]);
    expect((await store.latestDelivery(missed.id))?.scheduledFor).toBe(slot.toISOString());
    expect(await store.latestDelivery(newer.id)).toBeUndefined();
  });

  it('puts the subscription, its schedule and how to manage it in the footer', async () => {
    const { collector, start, subscribe } = setUp();
    const sub = await subscribe({ description: '08:00 every day (UTC)' });
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    const footer = collector.messages[0]?.reply.blocks.find((block) => block.type === 'footer');
    expect(footer).toEqual({
      type: 'footer',
      text: `Digest #${sub.id} · 08:00 every day (UTC) · /digest list to manage`,
    });
  });
});
