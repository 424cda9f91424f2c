import Database from 'better-sqlite3';
import type { Feed, FeedStore, FeedUpdate } from './feed-store.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    next_poll_at INTEGER NOT NULL,
    last_polled_at INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    paused_reason TEXT,
    primed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    draft_id TEXT,
    error TEXT,
    PRIMARY KEY (feed_id, item_key)
  );
`;

interface Row {
  id: number;
  url: string;
  title: string | null;
  added_by: string;
  added_at: number;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: number;
  last_polled_at: number | null;
  failures: number;
  last_error: string | null;
  paused_reason: string | null;
  primed: number;
}

function feedOf(row: Row): Feed {
  return {
    id: row.id,
    url: row.url,
    ...(row.title === null ? {} : { title: row.title }),
    addedBy: row.added_by,
    addedAt: new Date(row.added_at),
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
    nextPollAt: new Date(row.next_poll_at),
    ...(row.last_polled_at === null ? {} : { lastPolledAt: new Date(row.last_polled_at) }),
    failures: row.failures,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.paused_reason === null ? {} : { pausedReason: row.paused_reason }),
    primed: row.primed === 1,
  };
}

const COLUMNS: Record<keyof FeedUpdate, string> = {
  title: 'title',
  etag: 'etag',
  lastModified: 'last_modified',
  nextPollAt: 'next_poll_at',
  lastPolledAt: 'last_polled_at',
  failures: 'failures',
  lastError: 'last_error',
  pausedReason: 'paused_reason',
  primed: 'primed',
};

function columnValue(value: unknown): string | number | null {
  if (value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as string | number;
}

/**
 * Feed state in SQLite: the database file digests use (`DATA_DIR/briefbot.sqlite`), in tables of
 * its own, or `:memory:` for tests. Calls are synchronous underneath and quick; the interface is
 * async for backends that are not.
 */
export function createSqliteFeedStore(file: string): FeedStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Another process (or the digests) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const byId = db.prepare<[number], Row>('SELECT * FROM feeds WHERE id = ?');
  const byUrl = db.prepare<[string], Row>('SELECT * FROM feeds WHERE url = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO feeds (url, added_by, added_at, next_poll_at) VALUES (?, ?, ?, ?)',
  );
  const claim = db.prepare(
    'INSERT OR IGNORE INTO feed_items (feed_id, item_key, seen_at) VALUES (?, ?, ?)',
  );
  const settle = db.prepare(
    'UPDATE feed_items SET draft_id = ?, error = ? WHERE feed_id = ? AND item_key = ?',
  );
  const release = db.prepare(
    'DELETE FROM feed_items WHERE feed_id = ? AND item_key = ? AND draft_id IS NULL',
  );
  const count = db.prepare<[number], { seen: number; drafted: number }>(
    'SELECT COUNT(*) AS seen, COUNT(draft_id) AS drafted FROM feed_items WHERE feed_id = ?',
  );
  return {
    async add(url, addedBy, now) {
      const result = insert.run(url, addedBy, now.getTime(), now.getTime());
      const row = byUrl.get(url);
      if (row === undefined) throw new Error(`feed ${url} vanished as it was added`);
      return { feed: feedOf(row), added: result.changes === 1 };
    },
    async get(id) {
      const row = byId.get(id);
      return row ? feedOf(row) : undefined;
    },
    async list() {
      return db.prepare<[], Row>('SELECT * FROM feeds ORDER BY id').all().map(feedOf);
    },
    async update(id, update) {
      const entries = Object.entries(update) as [keyof FeedUpdate, unknown][];
      if (entries.length === 0) return;
      // Column names come from the fixed map above, never from the caller.
      const sets = entries.map(([key]) => `${COLUMNS[key]} = ?`).join(', ');
      db.prepare(`UPDATE feeds SET ${sets} WHERE id = ?`).run(
        ...entries.map(([, value]) => columnValue(value)),
        id,
      );
    },
    async remove(id) {
      return db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes === 1;
    },
    async claimItem(feedId, key, now) {
      return claim.run(feedId, key, now.getTime()).changes === 1;
    },
    async settleItem(feedId, key, outcome) {
      settle.run(outcome.draftId ?? null, outcome.error ?? null, feedId, key);
    },
    async releaseItem(feedId, key) {
      release.run(feedId, key);
    },
    async counts(feedId) {
      return count.get(feedId) ?? { seen: 0, drafted: 0 };
    },
    async close() {
      db.close();
    },
  };
}
