import type pg from 'pg';
import type { Feed, FeedStore, FeedUpdate } from './feed-store.ts';

interface Row {
  id: number;
  url: string;
  title: string | null;
  added_by: string;
  added_at: Date;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: Date;
  last_polled_at: Date | null;
  failures: number;
  last_error: string | null;
  paused_reason: string | null;
  primed: boolean;
}

function feedOf(row: Row): Feed {
  return {
    id: row.id,
    url: row.url,
    ...(row.title === null ? {} : { title: row.title }),
    addedBy: row.added_by,
    addedAt: row.added_at,
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
    nextPollAt: row.next_poll_at,
    ...(row.last_polled_at === null ? {} : { lastPolledAt: row.last_polled_at }),
    failures: row.failures,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.paused_reason === null ? {} : { pausedReason: row.paused_reason }),
    primed: row.primed,
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

/**
 * Feed state in PostgreSQL (with DATABASE_URL), so every process follows the same feeds and an
 * item claimed by one is never drafted by another. The tables come from the PostgreSQL
 * migrations (version 3); `pool` is opened on the schema by `openPostgres`, and stays the
 * caller's: `close` leaves it open for the other parts that share it.
 */
export function createPostgresFeedStore(pool: pg.Pool): FeedStore {
  const rows = async (sql: string, values: unknown[] = []) =>
    (await pool.query<Row>(sql, values)).rows;
  return {
    async add(url, addedBy, now) {
      const inserted = await rows(
        `INSERT INTO feeds (url, added_by, added_at, next_poll_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (url) DO NOTHING RETURNING *`,
        [url, addedBy, now],
      );
      const row = inserted[0] ?? (await rows('SELECT * FROM feeds WHERE url = $1', [url]))[0];
      if (row === undefined) throw new Error(`feed ${url} vanished as it was added`);
      return { feed: feedOf(row), added: inserted.length === 1 };
    },
    async get(id) {
      const [row] = await rows('SELECT * FROM feeds WHERE id = $1', [id]);
      return row ? feedOf(row) : undefined;
    },
    async list() {
      return (await rows('SELECT * FROM feeds ORDER BY id')).map(feedOf);
    },
    async update(id, update) {
      const entries = Object.entries(update) as [keyof FeedUpdate, unknown][];
      if (entries.length === 0) return;
      // Column names come from the fixed map above, never from the caller.
      const sets = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 1}`).join(', ');
      await pool.query(`UPDATE feeds SET ${sets} WHERE id = $${entries.length + 1}`, [
        ...entries.map(([, value]) => value ?? null),
        id,
      ]);
    },
    async remove(id) {
      return ((await pool.query('DELETE FROM feeds WHERE id = $1', [id])).rowCount ?? 0) === 1;
    },
    async claimItem(feedId, key, now) {
      // The primary key makes the claim atomic across every process on the database.
      const result = await pool.query(
        `INSERT INTO feed_items (feed_id, item_key, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (feed_id, item_key) DO NOTHING`,
        [feedId, key, now],
      );
      return result.rowCount === 1;
    },
    async settleItem(feedId, key, outcome) {
      await pool.query(
        'UPDATE feed_items SET draft_id = $1, error = $2 WHERE feed_id = $3 AND item_key = $4',
        [outcome.draftId ?? null, outcome.error ?? null, feedId, key],
      );
    },
    async releaseItem(feedId, key) {
      await pool.query(
        'DELETE FROM feed_items WHERE feed_id = $1 AND item_key = $2 AND draft_id IS NULL',
        [feedId, key],
      );
    },
    async counts(feedId) {
      const {
        rows: [row],
      } = await pool.query<{ seen: number; drafted: number }>(
        'SELECT COUNT(*)::int AS seen, COUNT(draft_id)::int AS drafted FROM feed_items WHERE feed_id = $1',
        [feedId],
      );
      return row ?? { seen: 0, drafted: 0 };
    },
    async close() {},
  };
}
