import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import type { DeliveryOutcome, Publishers } from './deliver-digest.ts';
import type { DigestService } from './digest-contract.ts';
import { createDigestScheduler } from './digest-scheduler.ts';
import { createDigestService } from './digest-service.ts';
import { guardDatabaseFile } from './guard-database-file.ts';
import { createSqliteSubscriptionStore, openDatabase } from './sqlite-store.ts';

export interface RunningDigests {
  service: DigestService;
  /** Stops the schedule and waits for deliveries under way, then closes the database. */
  stop(): Promise<void>;
}

/** The database file under DATA_DIR. */
export function databaseFile(config: Pick<Config, 'DATA_DIR'>): string {
  return join(config.DATA_DIR, 'briefbot.sqlite');
}

/**
 * Opens the digest database (creating DATA_DIR and applying migrations), finishes what a previous
 * process left undone, and schedules every active subscription for the connected platforms.
 */
export function startDigests(options: {
  config: Pick<Config, 'DATA_DIR' | 'DEFAULT_TIMEZONE' | 'DIGEST_CATCHUP_HOURS'>;
  library: Library;
  publishers: Publishers;
  log: Logger;
  now?: () => Date;
  /** Told how each digest attempt ended (metrics). */
  observe?: (outcome: DeliveryOutcome) => void;
}): RunningDigests {
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: 'digests' });
  const file = databaseFile(options.config);
  const store = createSqliteSubscriptionStore(openDatabase(file));
  // People's changes go through the guard; the scheduler keeps delivering what is scheduled.
  const guarded = guardDatabaseFile(store, { file, log });
  const scheduler = createDigestScheduler({
    store,
    library: options.library,
    publishers: options.publishers,
    log,
    now,
    catchupHours: options.config.DIGEST_CATCHUP_HOURS,
    ...(options.observe ? { observe: options.observe } : {}),
  });
  scheduler.start();
  const service = createDigestService({
    store: guarded.store,
    scheduler,
    library: options.library,
    defaultTimezone: options.config.DEFAULT_TIMEZONE,
    now,
  });
  return {
    service,
    async stop() {
      guarded.stop();
      await scheduler.stop();
      store.close();
    },
  };
}
