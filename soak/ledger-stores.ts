import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DeliveryRow, StoreRows, SubscriptionRow } from './ledger.ts';

/** The rows of one bot's SQLite file. */
export function readSqlite(databaseFile: string): StoreRows {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return {
      subscriptions: db.prepare('SELECT * FROM subscriptions').all() as SubscriptionRow[],
      deliveries: db.prepare('SELECT * FROM deliveries').all() as DeliveryRow[],
    };
  } finally {
    db.close();
  }
}

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/**
 * The rows of the schema several processes share. PostgreSQL returns timestamps as dates; the
 * ledger compares them as the ISO strings SQLite stores, so they are turned into those.
 */
export async function readPostgres(url: string, schema: string): Promise<StoreRows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const subscriptions = await client.query(
      `SELECT id, platform, channel_id, is_direct, created_at FROM "${schema}".subscriptions`,
    );
    const deliveries = await client.query(
      `SELECT id, subscription_id, scheduled_for, status, finished_at FROM "${schema}".deliveries`,
    );
    return {
      subscriptions: subscriptions.rows.map((row) => ({
        ...row,
        created_at: iso(row.created_at) ?? '',
      })) as SubscriptionRow[],
      deliveries: deliveries.rows.map((row) => ({
        ...row,
        scheduled_for: iso(row.scheduled_for) ?? '',
        finished_at: iso(row.finished_at),
      })) as DeliveryRow[],
    };
  } finally {
    await client.end();
  }
}
