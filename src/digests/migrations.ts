import type { Database } from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order at start. Each runs once, in a transaction, and
 * `PRAGMA user_version` records how far a database has come. Never edit a released migration;
 * add a new one.
 */
export const migrations: { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'subscriptions and deliveries',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
        channel_id TEXT NOT NULL,
        is_direct INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        topics TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        description TEXT NOT NULL,
        paused_reason TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX subscriptions_by_channel ON subscriptions (platform, channel_id);
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        scheduled_for TEXT NOT NULL,
        status TEXT NOT NULL,
        message_id TEXT,
        covered_until TEXT,
        claimed_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (subscription_id, scheduled_for)
      );
    `,
  },
  {
    version: 2,
    description: 'optional "nothing new" notes, and retry bookkeeping on deliveries',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN notify_empty INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE deliveries ADD COLUMN last_error TEXT;
      CREATE INDEX deliveries_unfinished ON deliveries (status) WHERE status = 'claimed';
    `,
  },
];

export const latestVersion = Math.max(...migrations.map((m) => m.version));

/** Brings a database up to `target` (the latest by default); returns the versions applied. */
export function migrate(db: Database, target = latestVersion): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion) {
    throw new Error(
      `the database is at schema version ${current}, newer than this Briefbot (${latestVersion}); upgrade Briefbot`,
    );
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
