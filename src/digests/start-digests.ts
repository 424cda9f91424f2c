import { join } from 'node:path';
import { type Config, describeDatabaseUrl } from '../config.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import { DatabaseError } from './database-checks.ts';
import type { DeliveryOutcome, Publishers } from './deliver-digest.ts';
import type { DigestService } from './digest-contract.ts';
import { type DigestQueue, queueTimingFor, startPgBossQueue } from './digest-queue.ts';
import { createDigestScheduler } from './digest-scheduler.ts';
import { createDigestService } from './digest-service.ts';
import { guardDatabaseFile } from './guard-database-file.ts';
import { createPostgresSubscriptionStore, openPostgres } from './pg-store.ts';
import { createSqliteSubscriptionStore, openDatabase } from './sqlite-store.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export interface RunningDigests {
  service: DigestService;
  /** Runs waiting, retrying or under way in the shared queue; undefined on SQLite. */
  queueDepth?: () => Promise<number>;
  /** Stops the schedule and waits for deliveries under way, then closes the database. */
  stop(): Promise<void>;
}

/** The database file under DATA_DIR. */
export function databaseFile(config: Pick<Config, 'DATA_DIR'>): string {
  return join(config.DATA_DIR, 'briefbot.sqlite');
}

type StartConfig = Pick<
  Config,
  | 'DATA_DIR'
  | 'DATABASE_URL'
  | 'DATABASE_SCHEMA'
  | 'DEFAULT_TIMEZONE'
  | 'DIGEST_CATCHUP_HOURS'
  | 'DIGEST_JOB_TIMEOUT_SECONDS'
>;

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite. */
async function openStore(
  config: StartConfig,
  log: Logger,
): Promise<{
  store: SubscriptionStore;
  people: SubscriptionStore;
  queue?: DigestQueue;
  stop(): void;
}> {
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
    const timeout = config.DIGEST_JOB_TIMEOUT_SECONDS;
    const queue = await startPgBossQueue({
      url: config.DATABASE_URL,
      schema: `${config.DATABASE_SCHEMA}_jobs`,
      timing: queueTimingFor(timeout),
      onError: (error) => log.warn({ err: error, database: shownAs }, 'digest queue error'),
    }).catch(async (error: unknown) => {
      await store.close();
      throw new DatabaseError(
        `Cannot start the digest queue in ${shownAs} (schema ${config.DATABASE_SCHEMA}_jobs): ${(error as Error).message}.`,
        { cause: error },
      );
    });
    return { store, people: store, queue, stop: () => undefined };
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
  config: StartConfig;
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
    ...(opened.queue ? { queue: opened.queue } : {}),
  });
  const close = async () => {
    opened.stop();
    await scheduler.stop();
    await opened.queue?.stop();
    await store.close();
  };
  try {
    await scheduler.start();
  } catch (error) {
    await close();
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
    ...(opened.queue ? { queueDepth: opened.queue.depth } : {}),
    stop: close,
  };
}
