import type pg from 'pg';
import { type Config, describeDatabaseUrl } from '../config.ts';
import { openPostgres } from '../digests/pg-store.ts';
import type { Logger } from '../logger.ts';

/** The PostgreSQL the newsroom intake keeps its shared state in, with DATABASE_URL. */
export interface IntakeDatabase {
  /** The pool on DATABASE_SCHEMA, opened (and migrated) on first use; rejects if it cannot be. */
  pool(): Promise<pg.Pool>;
  /** Ends the pool, if it was opened. */
  close(): Promise<void>;
}

/**
 * One pool for the feed store, the announced-drafts ledger and the shared briefing files, opened
 * when the first of them needs it, so tools that never touch them never connect. Undefined
 * without DATABASE_URL: each of them then keeps to DATA_DIR and the briefings folder.
 */
export function intakeDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_SCHEMA'>,
  log: Logger,
): IntakeDatabase | undefined {
  const url = config.DATABASE_URL;
  if (url === undefined) return undefined;
  const shownAs = describeDatabaseUrl(url);
  let opening: Promise<pg.Pool> | undefined;
  return {
    pool() {
      if (opening) return opening;
      const attempt = openPostgres({
        url,
        schema: config.DATABASE_SCHEMA,
        shownAs,
        // Few statements, each short: a feed poll, a claim, a shared file every second.
        max: 4,
        onIdleError: (error) =>
          log.warn({ err: error, database: shownAs }, 'database connection lost'),
      });
      opening = attempt;
      // A failed open is tried again by the next caller rather than remembered.
      attempt.catch(() => {
        if (opening === attempt) opening = undefined;
      });
      return attempt;
    },
    async close() {
      const pool = await opening?.catch(() => undefined);
      opening = undefined;
      await pool?.end();
    },
  };
}
