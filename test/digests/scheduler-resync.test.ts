import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDigestScheduler, type DigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';
import { createMemoryQueue } from '../helpers/memory-queue.ts';

// With a shared queue, the scheduler re-reads the schedule now and then to follow other
// processes. The clock is the test's here (timers and Date), so a re-read can be put at the very
// moment a run falls due.

const slot = new Date('2026-11-28T08:00:00Z');
const MINUTE = 60_000;
const started: DigestScheduler[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
  vi.useRealTimers();
});

/** A scheduler started a minute before `slot`, re-reading the schedule every 30 s if shared. */
function setUp(options: { shared: boolean }) {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(slot.getTime() - MINUTE);
  const db = openDatabase(':memory:');
  const store = createSqliteSubscriptionStore(db);
  const { queue, handed } = createMemoryQueue(slot);
  const scheduler = createDigestScheduler({
    store,
    library: createLibrary(seedBriefings()),
    publishers: { discord: createCollector().publish },
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    now: () => new Date(),
    catchupHours: 6,
    ...(options.shared ? { queue, resyncMs: MINUTE / 2 } : {}),
  });
  started.push(scheduler);
  // Created this morning, so that no earlier run is caught up at start.
  const subscribe = () =>
    store.createSubscription(
      newSubscription({
        cron: '0 8 * * *',
        timezone: 'UTC',
        createdAt: new Date(slot.getTime() - 60 * MINUTE),
      }),
    );
  return { db, store, scheduler, handed, subscribe };
}

describe('re-reading the schedule', () => {
  it('does not lose a run that falls due at the moment of a re-read', async () => {
    const { scheduler, handed, subscribe } = setUp({ shared: true });
    const sub = await subscribe();
    await scheduler.start();
    // The re-read and the run are both due at 08:00:00.000; the re-read was set up last.
    await vi.advanceTimersByTimeAsync(MINUTE);
    await scheduler.idle();
    expect(handed).toEqual([
      { platform: 'discord', subscriptionId: sub.id, scheduledFor: slot.toISOString() },
    ]);
  });

  it('follows a time zone changed by another process', async () => {
    const { db, scheduler, handed, subscribe } = setUp({ shared: true });
    const sub = await subscribe();
    await scheduler.start();
    // 08:00 in the Azores is 09:00 UTC in November.
    db.prepare("UPDATE subscriptions SET timezone = 'Atlantic/Azores' WHERE id = ?").run(sub.id);
    // Re-read at 07:59:30, before the old 08:00 run.
    await vi.advanceTimersByTimeAsync(MINUTE + 1);
    await scheduler.idle();
    expect(handed).toEqual([]);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    await scheduler.idle();
    expect(handed).toEqual([
      {
        platform: 'discord',
        subscriptionId: sub.id,
        scheduledFor: new Date(slot.getTime() + 60 * MINUTE).toISOString(),
      },
    ]);
  });

  it('stops when the scheduler stops, leaving no timer behind', async () => {
    const { scheduler, subscribe } = setUp({ shared: true });
    await subscribe();
    await scheduler.start();
    await scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('happens only with a queue: alone, a process follows its own commands only', async () => {
    const { scheduler, subscribe } = setUp({ shared: false });
    await scheduler.start();
    await subscribe();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(scheduler.scheduledCount()).toBe(0);
  });
});
