import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Publishers } from '../../src/digests/deliver-digest.ts';
import { createDigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createDigestService } from '../../src/digests/digest-service.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { NewSubscription } from '../../src/digests/subscription-store.ts';
import type { Library } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';

/** A fresh directory for a database file. */
export function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefbot-data-'));
}

export function newSubscription(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: 'discord',
    channelId: '100000000000000001',
    isDirect: false,
    createdBy: '200000000000000001',
    topics: [],
    cron: '0 8 * * *',
    timezone: 'Europe/London',
    description: '08:00 every day (Europe/London)',
    notifyEmpty: false,
    createdAt: new Date('2026-11-01T00:00:00Z'),
    ...overrides,
  };
}

/**
 * A real digest service on an in-memory database, for adapter tests that change subscriptions
 * through commands; `stop` ends its scheduler.
 */
export function createTestDigests(library: Library, publishers: Publishers = {}) {
  const log = createLogger({ level: 'silent', destination: new PassThrough() });
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const scheduler = createDigestScheduler({
    store,
    library,
    publishers,
    log,
    now: () => new Date(),
    catchupHours: 6,
  });
  const starting = scheduler.start();
  const service = createDigestService({
    store,
    scheduler,
    library,
    defaultTimezone: 'UTC',
    now: () => new Date(),
  });
  return {
    service,
    store,
    stop: async () => {
      await starting;
      await scheduler.stop();
    },
  };
}
