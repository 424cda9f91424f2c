import { PassThrough } from 'node:stream';
import type { DeliveryOutcome } from '../../src/digests/deliver-digest.ts';
import {
  createDigestScheduler,
  type DigestScheduler,
  type RetryPolicy,
} from '../../src/digests/digest-scheduler.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { NewSubscription } from '../../src/digests/subscription-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { seedBriefings } from './briefings.ts';
import { createCollector, type FailRule } from './collector.ts';
import { newSubscription } from './digests.ts';

/** The run most tests deliver, a minute after `before`. */
export const slot = new Date('2026-11-28T08:00:00Z');
/** A start a minute before `slot`: nothing due recently, so nothing is caught up. */
export const before = new Date(slot.getTime() - 60_000);
export const HOUR = 3_600_000;
export const failing: FailRule = () => new Error('HTTP 503');

const started: DigestScheduler[] = [];

/** Stops every scheduler started since the last call (for afterEach). */
export async function stopSchedulers(): Promise<void> {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
}

/**
 * A scheduler on an in-memory database, posting to a collector that posts every request (no
 * de-duplication), logging warnings and errors where the test can read them. `start(now)` starts
 * one with its clock fixed at `now`; timers are the test's to fake.
 */
export function createSchedulerRig(
  options: {
    fail?: FailRule;
    retry?: RetryPolicy | null;
    now?: Date;
    outcomes?: DeliveryOutcome[];
  } = {},
) {
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
      ...(options.outcomes ? { observe: (outcome) => options.outcomes?.push(outcome) } : {}),
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
  /** What was logged, one message per line. */
  const messages = () =>
    logged
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
  return { store, collector, library, start, subscribe, logged: () => logged, messages };
}
