import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import type { DeliveryOutcome } from '../../src/digests/deliver-digest.ts';
import { createDigestScheduler, type DigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { PermanentDeliveryError } from '../../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, seedBriefings } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';
import { createMemoryQueue } from '../helpers/memory-queue.ts';
import { until } from '../helpers/until.ts';

// The scheduler's side of sharing digests between processes, with a queue kept in memory: what
// it hands in, what it does with a run it is given, and how it follows other processes' changes.
// The engine itself (pg-boss on PostgreSQL) is tested in digest-queue.test.ts.

const slot = new Date('2026-11-28T08:00:00Z');
const started: DigestScheduler[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});

/**
 * `outcomes` collects what the scheduler observes (without it, it has no observer); `wrap` puts
 * another process's doings between the scheduler and the store.
 */
async function setUp(
  now = new Date(slot.getTime() + 1000),
  options: {
    outcomes?: DeliveryOutcome[];
    wrap?: (store: SubscriptionStore) => SubscriptionStore;
  } = {},
) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const library = createLibrary(seedBriefings());
  const logs = new PassThrough();
  let logged = '';
  logs.on('data', (chunk) => {
    logged += chunk;
  });
  const messages = () =>
    logged
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
  // The channel named "down" answers every post with a server error; "gone" is gone for good.
  const collector = createCollector({
    dedupe: false,
    fail: (target) =>
      target.channelId === 'down'
        ? new Error('HTTP 503')
        : target.channelId === 'gone'
          ? new PermanentDeliveryError('discord:10003', 'Unknown Channel')
          : undefined,
  });
  const { queue, handed, give, workedOn } = createMemoryQueue(slot);
  const { outcomes, wrap } = options;
  const scheduler = createDigestScheduler({
    store: wrap ? wrap(store) : store,
    library,
    publishers: { discord: collector.publish },
    log: createLogger({ level: 'info', destination: logs }),
    now: () => now,
    catchupHours: 6,
    queue,
    resyncMs: 20,
    ...(outcomes ? { observe: (outcome) => outcomes.push(outcome) } : {}),
  });
  started.push(scheduler);
  return { store, library, collector, scheduler, handed, give, workedOn, messages };
}

const laterBriefing = briefingSchema.parse(
  briefingData({ id: 'later', title: 'A later story', updated: '2026-11-27' }),
);

describe('digests shared through a queue', () => {
  it('hands a due run to the queue instead of posting it, and posts what the queue gives', async () => {
    const { store, library, collector, scheduler, handed, give, workedOn, messages } =
      await setUp();
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await scheduler.start();
    // The run fell due a second before start: it is caught up, through the queue.
    await scheduler.idle();
    expect(handed).toEqual([
      { platform: 'discord', subscriptionId: sub.id, scheduledFor: slot.toISOString() },
    ]);
    // Only Discord is connected here, so only Discord's runs are taken.
    expect(workedOn).toEqual(['discord']);
    expect(collector.messages).toEqual([]);

    expect(await give({ subscriptionId: sub.id })).toBe('done');
    expect(collector.messages).toHaveLength(1);
    expect(collector.calls.map((call) => call.recovering)).toEqual([false]);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({ status: 'sent' });
    // The same run given again (a retry after a worker died) finds it finished and posts nothing,
    // even with news since.
    library.update([...library.briefings(), laterBriefing]);
    expect(await give({ subscriptionId: sub.id, attempt: 2 })).toBe('done');
    expect(collector.messages).toHaveLength(1);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({ status: 'sent' });
    expect(messages()).toEqual([
      'catching up a missed digest',
      'digest scheduler started',
      'digest run claimed',
      'digest delivered',
    ]);
  });

  it('finishes a claim a dead worker left, marked as recovering, and gives up on the last attempt', async () => {
    // No observer here: the scheduler reports outcomes only to one it was given.
    const { store, collector, scheduler, give, messages } = await setUp(
      new Date(slot.getTime() - 60_000),
    );
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await scheduler.start();
    await store.claimDelivery(sub.id, slot, slot);
    expect(await give({ subscriptionId: sub.id, attempt: 2 })).toBe('done');
    expect(collector.calls.map((call) => call.recovering)).toEqual([true]);
    expect(messages()).toContain('finishing a claimed run');
    expect(messages()).not.toContain('digest run claimed');

    const failing = await store.createSubscription(
      newSubscription({ channelId: 'down', cron: '0 8 * * *', timezone: 'UTC' }),
    );
    const result = await give({ subscriptionId: failing.id });
    expect(result).not.toBe('done');
    expect(await give({ subscriptionId: failing.id, attempt: 3, lastAttempt: true })).toBe('done');
    expect(await store.getDelivery(failing.id, slot)).toMatchObject({ status: 'failed' });
  });

  it('follows subscriptions created, paused and removed through another process', async () => {
    const { store, scheduler } = await setUp(new Date(slot.getTime() - 60_000));
    await scheduler.start();
    expect(scheduler.scheduledCount()).toBe(0);
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 9 * * *', timezone: 'UTC' }),
    );
    await until(() => scheduler.scheduledCount() === 1);
    await store.setPaused(sub.id, 'paused elsewhere');
    await until(() => scheduler.scheduledCount() === 0);
    await store.setPaused(sub.id, null);
    await until(() => scheduler.scheduledCount() === 1);
    await store.deleteSubscription(sub.id);
    await until(() => scheduler.scheduledCount() === 0);
  });

  it('expires a run the queue gives for a subscription removed or paused since, posting nothing', async () => {
    const { store, collector, scheduler, give } = await setUp(new Date(slot.getTime() - 60_000));
    await scheduler.start();
    const removed = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    const paused = await store.createSubscription(
      newSubscription({ channelId: '100000000000000002', cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await store.deleteSubscription(removed.id);
    await store.setPaused(paused.id, 'paused by an editor');
    expect(await give({ subscriptionId: paused.id })).toBe('done');
    expect(await store.getDelivery(paused.id, slot)).toMatchObject({
      status: 'expired',
      lastError: 'subscription removed or paused',
    });
    expect(await give({ subscriptionId: removed.id })).toBe('done');
    expect(collector.messages).toEqual([]);
  });

  it('reports each outcome, retries a passing failure with its error, and pauses a gone channel', async () => {
    const outcomes: DeliveryOutcome[] = [];
    const { store, collector, scheduler, give } = await setUp(new Date(slot.getTime() - 60_000), {
      outcomes,
    });
    const fine = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    const down = await store.createSubscription(
      newSubscription({ channelId: 'down', cron: '0 8 * * *', timezone: 'UTC' }),
    );
    const gone = await store.createSubscription(
      newSubscription({ channelId: 'gone', cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await scheduler.start();
    expect(scheduler.scheduledCount()).toBe(3);
    expect(await give({ subscriptionId: fine.id })).toBe('done');
    const retried = await give({ subscriptionId: down.id });
    expect(retried).toEqual({ retry: new Error('HTTP 503') });
    expect(await store.getDelivery(down.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 1,
    });
    expect(await give({ subscriptionId: down.id, attempt: 2, lastAttempt: true })).toBe('done');
    expect(await give({ subscriptionId: gone.id })).toBe('done');
    expect(outcomes).toEqual([
      { platform: 'discord', outcome: 'sent' },
      { platform: 'discord', outcome: 'retry' },
      { platform: 'discord', outcome: 'retry' },
      { platform: 'discord', outcome: 'failed' },
      { platform: 'discord', outcome: 'paused' },
    ]);
    expect(await store.getDelivery(down.id, slot)).toMatchObject({
      status: 'failed',
      lastError: 'HTTP 503',
    });
    expect((await store.getSubscription(gone.id))?.pausedReason).toContain('discord:10003');
    expect(scheduler.scheduledCount()).toBe(2);
    expect(collector.messages).toHaveLength(1);
  });

  it('leaves a claim found at start to the queue, which retries it once its worker is gone', async () => {
    const { store, collector, scheduler } = await setUp(new Date(slot.getTime() + 60_000));
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await store.claimDelivery(sub.id, slot, slot);
    await scheduler.start();
    await scheduler.idle();
    expect(collector.calls).toEqual([]);
    expect((await store.getDelivery(sub.id, slot))?.status).toBe('claimed');
  });

  it('hands nothing to the queue for a subscription removed before its run', async () => {
    const { store, scheduler, handed, messages } = await setUp(new Date(slot.getTime() - 60_000));
    await scheduler.start();
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await store.deleteSubscription(sub.id);
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(handed).toEqual([]);
    expect(messages()).toEqual(['digest scheduler started']);
  });

  it('posts nothing when another process claims the run between its look and its claim', async () => {
    const { store, collector, scheduler, give } = await setUp(new Date(slot.getTime() - 60_000), {
      wrap: (store) => ({
        ...store,
        async getDelivery(subscriptionId, scheduledFor) {
          const seen = await store.getDelivery(subscriptionId, scheduledFor);
          await store.claimDelivery(subscriptionId, scheduledFor, scheduledFor);
          return seen;
        },
      }),
    });
    await scheduler.start();
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    expect(await give({ subscriptionId: sub.id })).toBe('done');
    expect(collector.calls).toEqual([]);
  });

  it('is done with a run whose subscription is removed just after the claim', async () => {
    const { store, collector, scheduler, give } = await setUp(new Date(slot.getTime() - 60_000), {
      wrap: (store) => ({
        ...store,
        async claimDelivery(subscriptionId, scheduledFor, at) {
          const claim = await store.claimDelivery(subscriptionId, scheduledFor, at);
          await store.deleteSubscription(subscriptionId);
          return claim;
        },
      }),
    });
    await scheduler.start();
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    expect(await give({ subscriptionId: sub.id })).toBe('done');
    expect(collector.calls).toEqual([]);
  });
});
