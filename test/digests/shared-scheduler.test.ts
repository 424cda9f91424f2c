import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryOutcome } from '../../src/digests/deliver-digest.ts';
import type { DigestQueue, QueuedRun, RunResult } from '../../src/digests/digest-queue.ts';
import { createDigestScheduler, type DigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { PermanentDeliveryError } from '../../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';

// The scheduler's side of sharing digests between processes, with a queue kept in memory: what
// it hands in, what it does with a run it is given, and how it follows other processes' changes.
// The engine itself (pg-boss on PostgreSQL) is tested in digest-queue.test.ts.

const slot = new Date('2026-11-28T08:00:00Z');
const started: DigestScheduler[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});

function memoryQueue() {
  const handed: { platform: string; subscriptionId: number; scheduledFor: string }[] = [];
  const workedOn: string[] = [];
  let handler: ((run: QueuedRun) => Promise<RunResult>) | undefined;
  const queue: DigestQueue = {
    async enqueue(platform, subscriptionId, scheduledFor) {
      handed.push({ platform, subscriptionId, scheduledFor: scheduledFor.toISOString() });
    },
    async work(platforms, handle) {
      workedOn.push(...platforms);
      handler = handle;
    },
    depth: async () => handed.length,
    async stop() {},
  };
  const give = (run: Partial<QueuedRun> & { subscriptionId: number }) => {
    if (!handler) throw new Error('no worker');
    return handler({ scheduledFor: slot, attempt: 1, lastAttempt: false, ...run });
  };
  return { queue, handed, give, workedOn };
}

const until = async (done: () => boolean) => {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 5_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function setUp(now = new Date(slot.getTime() + 1000), outcomes: DeliveryOutcome[] = []) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
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
  const { queue, handed, give, workedOn } = memoryQueue();
  const scheduler = createDigestScheduler({
    store,
    library: createLibrary(seedBriefings()),
    publishers: { discord: collector.publish },
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    now: () => now,
    catchupHours: 6,
    queue,
    resyncMs: 20,
    observe: (outcome) => outcomes.push(outcome),
  });
  started.push(scheduler);
  return { store, collector, scheduler, handed, give, workedOn };
}

describe('digests shared through a queue', () => {
  it('hands a due run to the queue instead of posting it, and posts what the queue gives', async () => {
    const { store, collector, scheduler, handed, give, workedOn } = await setUp();
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
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({ status: 'sent' });
    // The same run given again (a retry after a worker died) finds it finished and posts nothing.
    expect(await give({ subscriptionId: sub.id, attempt: 2 })).toBe('done');
    expect(collector.messages).toHaveLength(1);
  });

  it('finishes a claim a dead worker left, marked as recovering, and gives up on the last attempt', async () => {
    const { store, collector, scheduler, give } = await setUp(new Date(slot.getTime() - 60_000));
    const sub = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    await scheduler.start();
    await store.claimDelivery(sub.id, slot, slot);
    expect(await give({ subscriptionId: sub.id, attempt: 2 })).toBe('done');
    expect(collector.calls.map((call) => call.recovering)).toEqual([true]);

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
    expect((await store.getDelivery(paused.id, slot))?.status).toBe('expired');
    expect(await give({ subscriptionId: removed.id })).toBe('done');
    expect(collector.messages).toEqual([]);
  });

  it('reports each outcome, retries a passing failure with its error, and pauses a gone channel', async () => {
    const outcomes: DeliveryOutcome[] = [];
    const { store, collector, scheduler, give } = await setUp(
      new Date(slot.getTime() - 60_000),
      outcomes,
    );
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
});
