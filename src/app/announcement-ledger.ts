import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/**
 * The drafts already announced in the review channel, kept in the data directory's database (or
 * PostgreSQL, with DATABASE_URL, where every process shares one ledger) so
 * that a draft saved while no bot was running is announced at the next start, and one announced
 * before a restart is not announced again.
 */
export interface AnnouncementLedger {
  /** True only for the first call with this key, in this process or any other on the file. */
  claim(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export function createAnnouncementLedger(file: string): AnnouncementLedger {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // The digests and the feeds use the same file and may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  db.exec(
    'CREATE TABLE IF NOT EXISTS announced_drafts (key TEXT PRIMARY KEY, announced_at INTEGER NOT NULL)',
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO announced_drafts (key, announced_at) VALUES (?, ?)',
  );
  return {
    async claim(key) {
      return insert.run(key, Date.now()).changes === 1;
    },
    async close() {
      db.close();
    },
  };
}

/**
 * The ledger in PostgreSQL (migration 3's `announced_drafts`): one for every process on the
 * database, so a draft shared to all of them is announced once. The pool stays the caller's.
 */
export function createPostgresAnnouncementLedger(pool: pg.Pool): AnnouncementLedger {
  return {
    async claim(key) {
      const result = await pool.query(
        'INSERT INTO announced_drafts (key, announced_at) VALUES ($1, now()) ON CONFLICT (key) DO NOTHING',
        [key],
      );
      return result.rowCount === 1;
    },
    async close() {},
  };
}

/**
 * The ledger when review channels are configured: in PostgreSQL when `database` is given (with
 * DATABASE_URL), else in DATA_DIR's database; undefined (drafts waiting at start taken as
 * announced) when no channel is configured, or when the database cannot be opened, which is
 * logged: an announcement is not worth stopping the bot for.
 */
export async function openLedger(
  config: Config,
  log: Logger,
  database?: () => Promise<pg.Pool>,
): Promise<AnnouncementLedger | undefined> {
  if (!config.DISCORD_REVIEW_CHANNEL && !config.SLACK_REVIEW_CHANNEL) return undefined;
  try {
    if (database) return createPostgresAnnouncementLedger(await database());
    mkdirSync(config.DATA_DIR, { recursive: true });
    return createAnnouncementLedger(join(config.DATA_DIR, 'briefbot.sqlite'));
  } catch (error) {
    log.error(
      { err: error },
      'cannot keep track of announced drafts; waiting drafts are not announced',
    );
    return undefined;
  }
}
