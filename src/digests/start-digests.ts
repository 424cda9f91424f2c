import { join } from 'node:path';
import { type Config, describeDatabaseUrl } from '../config.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import type { DeliveryOutcome, Publishers } from './deliver-digest.ts';
import type { DigestService } from './digest-contract.ts';
import { createDigestScheduler } from './digest-scheduler.ts';
import { createDigestService } from './digest-service.ts';
import { guardDatabaseFile } from './guard-database-file.ts';
import { createPostgresSubscriptionStore, openPostgres } from './pg-store.ts';
import { createSqliteSubscriptionStore, openDatabase } from './sqlite-store.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export interface RunningDigests {
  service: DigestService;
  /** Stops the schedule and waits for deliveries under way, then closes the database. */
  stop(): Promise<void>;
}

/** The database file under DATA_DIR. */
export function databaseFile(config: Pick<Config, 'DATA_DIR'>): string {
  return join(config.DATA_DIR, 'briefbot.sqlite');
}

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite. */
async function openStore(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'DATABASE_SCHEMA'>,
  log: Logger,
): Promise<{ store: SubscriptionStore; people: SubscriptionStore; stop(): void }> {
  if (config.DATABASE_URL !== undefined) {
    const shownAs = describeDatabaseUrl(config.DATABASE_URL);
    const pool = await openPostgres({
      url: config.DATABASE_URL,
      schema: config.DATABASE_SCHEMA,
      shownAs,
      onIdleError: (error) =>
        log.warn({ err: error, database: shownAs }, 'database connection lost'),
    });
    log.info({ database: shownAs, schema: config.DATABASE_SCHEMA }, 'digests on PostgreSQL');
    const store = createPostgresSubscriptionStore(pool);
    return { store, people: store, stop: () => undefined };
  }
  const file = databaseFile(config);
  const store = createSqliteSubscriptionStore(openDatabase(file));
  // People's changes go through the guard; the scheduler keeps delivering what is scheduled.
  const guarded = guardDatabaseFile(store, { file, log });
  return { store, people: guarded.store, stop: guarded.stop };
}

/**
 * Opens the digest database (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL; creating and
 * migrating it), finishes what a previous process left undone, and schedules every active
 * subscription for the connected platforms.
 */
export async function startDigests(options: {
  config: Pick<
    Config,
    'DATA_DIR' | 'DATABASE_URL' | 'DATABASE_SCHEMA' | 'DEFAULT_TIMEZONE' | 'DIGEST_CATCHUP_HOURS'
  >;
  library: Library;
  publishers: Publishers;
  log: Logger;
  now?: () => Date;
  /** Told how each digest attempt ended (metrics). */
  observe?: (outcome: DeliveryOutcome) => void;
}): Promise<RunningDigests> {
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: 'digests' });
  const opened = await openStore(options.config, log);
  const { store } = opened;
  const scheduler = createDigestScheduler({
    store,
    library: options.library,
    publishers: options.publishers,
    log,
    now,
    catchupHours: options.config.DIGEST_CATCHUP_HOURS,
    ...(options.observe ? { observe: options.observe } : {}),
  });
  try {
    await scheduler.start();
  } catch (error) {
    opened.stop();
    await scheduler.stop();
    await store.close();
    throw error;
  }
  const service = createDigestService({
    store: opened.people,
    scheduler,
    library: options.library,
    defaultTimezone: options.config.DEFAULT_TIMEZONE,
    now,
  });
  return {
    service,
    async stop() {
      opened.stop();
      await scheduler.stop();
      await store.close();
    },
  };
}
