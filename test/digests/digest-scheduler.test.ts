import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { idempotencyKey } from '../../src/digests/deliver-digest.ts';
import { createDigestScheduler, type DigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { PermanentDeliveryError } from '../../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { NewSubscription, SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import type { LibraryStore } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, seedBriefings } from '../helpers/briefings.ts';
import { createCollector, type FailRule } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';

const slot = new Date('2026-11-28T08:00:00Z');
const quietLog = createLogger({ level: 'silent', destination: new PassThrough() });
const started: DigestScheduler[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});

function setUp(
  options: { now?: Date; fail?: FailRule; library?: LibraryStore; dedupe?: boolean } = {},
) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const collector = createCollector({ fail: options.fail, dedupe: options.dedupe ?? true });
  const library = options.library ?? createLibrary(seedBriefings());
  const restart = async (now: Date = options.now ?? new Date(slot.getTime() + 1000)) => {
    const scheduler = createDigestScheduler({
      store,
      library,
      publishers: { discord: collector.publish },
      log: quietLog,
      now: () => now,
      catchupHours: 6,
      retry: { attempts: 4, baseMs: 5, maxMs: 50 },
    });
    started.push(scheduler);
    await scheduler.start();
    return scheduler;
  };
  const subscribe = async (overrides: Partial<NewSubscription> = {}) =>
    await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC', ...overrides }),
    );
  return { store, collector, library, restart, subscribe };
}

async function deliver(scheduler: DigestScheduler, id: number, at: Date = slot) {
  scheduler.deliverRun(id, at);
  await scheduler.idle();
}

async function statusOf(store: SubscriptionStore, id: number, at: Date = slot) {
  return (await store.getDelivery(id, at))?.status;
}

const laterBriefing = briefingSchema.parse(
  briefingData({ id: 'later', title: 'A later story', updated: '2026-11-27' }),
);

describe('digest content over time', () => {
  it('covers the current briefings first, then only what is new, and posts nothing when nothing is', async () => {
    const { store, collector, library, restart, subscribe } = setUp();
    const sub = await subscribe();
    const scheduler = await restart();
    await deliver(scheduler, sub.id);
    expect(collector.messages.map((m) => m.reply.title)).toEqual([
      'Briefbot digest: 1 new or updated briefing',
    ]);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'sent',
      messageId: 'm1',
      coveredUntil: '2024-07-20',
    });

    const nextDay = new Date('2026-11-29T08:00:00Z');
    await deliver(scheduler, sub.id, nextDay);
    expect(collector.messages).toHaveLength(1);
    expect(await statusOf(store, sub.id, nextDay)).toBe('empty');

    library.update([...library.briefings(), laterBriefing]);
    const third = new Date('2026-11-30T08:00:00Z');
    await deliver(scheduler, sub.id, third);
    const headings = collector.messages[1]?.reply.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['A later story']);
  });

  it('posts a short note when asked to, if nothing is new', async () => {
    const { collector, restart, subscribe, library } = setUp({ library: createLibrary([]) });
    const sub = await subscribe({ notifyEmpty: true });
    await deliver(await restart(), sub.id);
    expect(collector.messages.map((m) => m.reply.title)).toEqual(['Briefbot digest: nothing new']);
    expect(library.briefings()).toEqual([]);
  });

  it('keeps to the subscribed topics', async () => {
    const { collector, restart, subscribe, library } = setUp();
    library.update([...library.briefings(), laterBriefing]);
    const sub = await subscribe({ topics: ['later'] });
    await deliver(await restart(), sub.id);
    const headings = collector.messages[0]?.reply.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['A later story']);
  });
});

describe('exactly once', () => {
  it('delivers a run once however often it is triggered, by its claim alone', async () => {
    // This platform posts every request, repeated key or not: only the claim can stop a second post.
    let release: () => void = () => {};
    const posting = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { store, collector, restart, subscribe } = setUp({
      dedupe: false,
      fail: async () => {
        await posting;
        return undefined;
      },
    });
    const sub = await subscribe();
    const scheduler = await restart();
    // Twice while the first post is still under way, and once after it was recorded.
    scheduler.deliverRun(sub.id, slot);
    scheduler.deliverRun(sub.id, slot);
    release();
    await scheduler.idle();
    await deliver(scheduler, sub.id);
    expect(collector.attempts.get(sub.channelId)).toBe(1);
    expect(collector.messages).toHaveLength(1);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'sent',
      messageId: 'm1',
    });
  });

  it('after a stop between claim and send, the restart sends it once', async () => {
    const { store, collector, restart, subscribe } = setUp();
    const sub = await subscribe();
    await store.claimDelivery(sub.id, slot, slot); // the first process stopped here
    const scheduler = await restart(new Date(slot.getTime() + 60_000));
    await scheduler.idle();
    expect(collector.messages).toHaveLength(1);
    expect(await statusOf(store, sub.id)).toBe('sent');
    await (await restart(new Date(slot.getTime() + 120_000))).idle();
    expect(collector.messages).toHaveLength(1);
  });

  it('after a stop between send and mark, the restart reuses the key and posts nothing new', async () => {
    const { store, collector, restart, subscribe } = setUp();
    const sub = await subscribe();
    const claim = await store.claimDelivery(sub.id, slot, slot);
    if (!claim) throw new Error('claim failed');
    // The first process posted, then stopped before recording it.
    await collector.publish(
      { platform: 'discord', channelId: sub.channelId, isDirect: false },
      { blocks: [], private: false },
      {
        idempotencyKey: idempotencyKey(claim),
      },
    );
    const scheduler = await restart(new Date(slot.getTime() + 60_000));
    await scheduler.idle();
    expect(collector.messages).toHaveLength(1);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'sent',
      messageId: 'm1',
    });
  });

  it('catches up one missed run after downtime, not one per missed tick', async () => {
    const { store, collector, restart, subscribe } = setUp();
    const sub = await subscribe({ createdAt: new Date('2026-11-25T00:00:00Z') });
    const scheduler = await restart(new Date('2026-11-28T10:00:00Z'));
    await scheduler.idle();
    expect(collector.messages).toHaveLength(1);
    expect((await store.latestDelivery(sub.id))?.scheduledFor).toBe('2026-11-28T08:00:00.000Z');
    await (await restart(new Date('2026-11-28T10:05:00Z'))).idle();
    expect(collector.messages).toHaveLength(1);
  });

  it('skips a missed run older than the catch-up window', async () => {
    const { collector, restart, subscribe } = setUp();
    await subscribe({ createdAt: new Date('2026-11-25T00:00:00Z') });
    await (await restart(new Date('2026-11-28T20:00:00Z'))).idle();
    expect(collector.messages).toEqual([]);
  });
});

describe('paused subscriptions', () => {
  it('are not scheduled at start, and a run of one paused since is expired, not posted', async () => {
    const { store, collector, restart, subscribe } = setUp();
    const running = await subscribe();
    const paused = await subscribe({ channelId: '100000000000000002' });
    await store.setPaused(paused.id, 'paused by an editor');
    const scheduler = await restart();
    expect(scheduler.scheduledCount()).toBe(1);
    await scheduler.idle();
    const posted = collector.messages.length;
    const nextDay = new Date(slot.getTime() + 24 * 3600_000);
    await store.setPaused(running.id, 'paused by an editor');
    await deliver(scheduler, running.id, nextDay);
    expect((await store.getDelivery(running.id, nextDay))?.status).toBe('expired');
    expect(collector.messages).toHaveLength(posted);
  });
});

describe('failures', () => {
  it('pauses only the subscription whose channel is gone, and delivers the others', async () => {
    const { store, collector, restart, subscribe } = setUp({
      fail: (target) =>
        target.channelId === 'gone'
          ? new PermanentDeliveryError('discord:10003', 'Unknown Channel')
          : undefined,
    });
    const gone = await subscribe({ channelId: 'gone' });
    const fine = await subscribe({ channelId: 'fine' });
    const scheduler = await restart();
    expect(scheduler.scheduledCount()).toBe(2);
    scheduler.deliverRun(gone.id, slot);
    await deliver(scheduler, fine.id);
    expect(collector.messages.map((m) => m.target.channelId)).toEqual(['fine']);
    expect((await store.getSubscription(gone.id))?.pausedReason).toBe(
      'delivery failed (discord:10003: Unknown Channel)',
    );
    expect((await store.getSubscription(fine.id))?.pausedReason).toBeNull();
    expect(await statusOf(store, gone.id)).toBe('failed');
    expect(scheduler.scheduledCount()).toBe(1);
  });

  it('retries a transient failure with backoff until it is delivered', async () => {
    const { store, collector, restart, subscribe } = setUp({
      fail: (_target, attempt) =>
        attempt < 3 ? new Error('HTTP 503 Service Unavailable') : undefined,
    });
    const sub = await subscribe();
    const scheduler = await restart();
    scheduler.deliverRun(sub.id, slot);
    await expect.poll(async () => await statusOf(store, sub.id)).toBe('sent');
    expect(collector.attempts.get(sub.channelId)).toBe(3);
    expect((await store.getDelivery(sub.id, slot))?.attempts).toBe(2);
    expect(collector.messages).toHaveLength(1);
  });

  it('waits out a Retry-After before trying again', async () => {
    // The clock is the test's: the retry must not come a moment before the platform's 0.3 s.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { store, collector, restart, subscribe } = setUp({
        fail: (_target, attempt) =>
          attempt === 1 ? Object.assign(new Error('rate limited'), { retryAfter: 0.3 }) : undefined,
      });
      const sub = await subscribe();
      const scheduler = await restart();
      await deliver(scheduler, sub.id);
      await vi.advanceTimersByTimeAsync(299);
      await scheduler.idle();
      expect(collector.attempts.get(sub.channelId)).toBe(1);
      expect(await statusOf(store, sub.id)).toBe('claimed');
      await vi.advanceTimersByTimeAsync(1);
      await scheduler.idle();
      expect(collector.attempts.get(sub.channelId)).toBe(2);
      expect(await statusOf(store, sub.id)).toBe('sent');
      await scheduler.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('records a delivery that never succeeds as failed, without pausing', async () => {
    const { store, restart, subscribe } = setUp({ fail: () => new Error('network down') });
    const sub = await subscribe();
    (await restart()).deliverRun(sub.id, slot);
    await expect.poll(async () => await statusOf(store, sub.id)).toBe('failed');
    expect((await store.getDelivery(sub.id, slot))?.lastError).toBe('network down');
    expect((await store.getSubscription(sub.id))?.pausedReason).toBeNull();
  });

  it('does not let a channel that hangs hold up the others', async () => {
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { collector, restart, subscribe } = setUp({
      fail: async (target) => {
        if (target.channelId === 'slow') await stuck;
        return undefined;
      },
    });
    const subs = [
      await subscribe({ channelId: 'slow' }),
      ...(await Promise.all(
        Array.from({ length: 40 }, (_, i) => subscribe({ channelId: `c${i}` })),
      )),
    ];
    const scheduler = await restart();
    for (const sub of subs) scheduler.deliverRun(sub.id, slot);
    await expect.poll(() => collector.messages.length).toBe(40);
    expect(collector.messages.some((m) => m.target.channelId === 'slow')).toBe(false);
    release();
    await scheduler.idle();
    expect(collector.messages).toHaveLength(41);
  });
});
