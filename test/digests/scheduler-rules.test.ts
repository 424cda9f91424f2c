import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import type { DeliveryOutcome } from '../../src/digests/deliver-digest.ts';
import { PermanentDeliveryError } from '../../src/digests/publish.ts';
import { briefingData } from '../helpers/briefings.ts';
import {
  before,
  failing,
  createSchedulerRig as setUp,
  slot,
  stopSchedulers,
} from '../helpers/scheduler-rig.ts';

// The scheduler's rules on retries and stopping, with the clock driven by the test (fake timers
// for setTimeout only: dates stay fixed by `now`). What it does at start: scheduler-start.test.ts.

afterEach(async () => {
  await stopSchedulers();
  vi.useRealTimers();
});

describe('retries', () => {
  it('backs off 100, 200, then at most 250 ms, and gives up after the last attempt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, collector, start, subscribe, messages } = setUp({ fail: failing });
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
    // Giving up is one error of its own, with no observer to tell and nothing unexpected.
    expect(messages().slice(-2)).toEqual([
      'digest delivery failed; will retry',
      'digest not delivered after retries',
    ]);
  });

  it('reports how each attempt ended, and "failed" once when it gives up', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const outcomes: DeliveryOutcome[] = [];
    const { start, subscribe } = setUp({
      outcomes,
      retry: { attempts: 2, baseMs: 100, maxMs: 100 },
      fail: (target) =>
        target.channelId === 'down'
          ? new Error('HTTP 503')
          : target.channelId === 'gone'
            ? new PermanentDeliveryError('discord:10003', 'Unknown Channel')
            : undefined,
    });
    const fine = await subscribe();
    const gone = await subscribe({ channelId: 'gone' });
    const down = await subscribe({ channelId: 'down' });
    const scheduler = await start(before);
    for (const sub of [fine, gone, down]) {
      scheduler.deliverRun(sub.id, slot);
      await scheduler.idle();
    }
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(outcomes).toEqual([
      { platform: 'discord', outcome: 'sent' },
      { platform: 'discord', outcome: 'paused' },
      { platform: 'discord', outcome: 'retry' },
      { platform: 'discord', outcome: 'retry' },
      { platform: 'discord', outcome: 'failed' },
    ]);
  });

  it('drops a waiting retry quietly once its subscription is removed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, collector, start, subscribe, messages } = setUp({ fail: failing });
    const sub = await subscribe();
    const scheduler = await start(before);
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    await store.deleteSubscription(sub.id);
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(collector.calls).toHaveLength(1);
    expect(messages()).toEqual(['digest delivery failed; will retry']);
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
  it('leaves a run whose post fails while stopping claimed, not failed', async () => {
    let release: () => void = () => {};
    const posting = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { store, collector, start, subscribe } = setUp({
      fail: async () => {
        await posting;
        return new Error('HTTP 503');
      },
    });
    const sub = await subscribe();
    const scheduler = await start(before);
    scheduler.deliverRun(sub.id, slot);
    await expect.poll(() => collector.calls.length).toBe(1);
    const stopping = scheduler.stop();
    release();
    await stopping;
    // Attempt 1 of 4: the next start may still deliver it.
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 1,
      lastError: 'HTTP 503',
    });
  });

  it('schedules nothing once stopped', async () => {
    const { start, subscribe } = setUp();
    const scheduler = await start(before);
    const sub = await subscribe();
    scheduler.schedule(sub);
    expect(scheduler.scheduledCount()).toBe(1);
    await scheduler.stop();
    scheduler.schedule(sub);
    expect(scheduler.scheduledCount()).toBe(0);
  });

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
