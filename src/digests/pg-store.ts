import type pg from 'pg';
import { DatabaseError } from './database-checks.ts';
import { migratePostgres, quoteIdentifier } from './pg-migrations.ts';
import type { Delivery, Subscription, SubscriptionStore } from './subscription-store.ts';

interface SubscriptionRow {
  id: number;
  platform: Subscription['platform'];
  channel_id: string;
  is_direct: boolean;
  created_by: string;
  topics: string[];
  cron: string;
  timezone: string;
  description: string;
  notify_empty: boolean;
  paused_reason: string | null;
  created_at: Date;
}

interface DeliveryRow {
  id: number;
  subscription_id: number;
  scheduled_for: Date;
  status: Delivery['status'];
  message_id: string | null;
  covered_until: string | null;
  attempts: number;
  last_error: string | null;
  claimed_at: Date;
  finished_at: Date | null;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channel_id,
    isDirect: row.is_direct,
    createdBy: row.created_by,
    topics: row.topics,
    cron: row.cron,
    timezone: row.timezone,
    description: row.description,
    notifyEmpty: row.notify_empty,
    pausedReason: row.paused_reason,
    createdAt: row.created_at.toISOString(),
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    scheduledFor: row.scheduled_for.toISOString(),
    status: row.status,
    messageId: row.message_id,
    coveredUntil: row.covered_until,
    attempts: row.attempts,
    lastError: row.last_error,
    claimedAt: row.claimed_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export interface PostgresOptions {
  url: string;
  schema: string;
  /** The URL without its password, for messages. */
  shownAs: string;
  /** Told of an error on an idle pooled connection (the server restarted); must not throw. */
  onIdleError: (error: Error) => void;
  /** Connections kept at most; a delivery holds one only for the length of a statement. */
  max?: number;
}

/**
 * Opens a connection pool on the schema and brings its tables up to date under the migration
 * lock. A server that cannot be reached or refuses the login throws a DatabaseError naming the
 * server (never the password).
 */
export async function openPostgres(options: PostgresOptions): Promise<pg.Pool> {
  // Loaded here, not at the top: a bot without DATABASE_URL never loads the driver (see
  // docs/architecture.md on optional packages).
  const { Pool } = (await import('pg')).default;
  const pool = new Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    // Unqualified table names in the store's statements resolve in this schema.
    options: `-c search_path=${quoteIdentifier(options.schema)}`,
    connectionTimeoutMillis: 10_000,
  });
  // Without a listener, an idle connection dropped by the server is an uncaught error event.
  pool.on('error', options.onIdleError);
  try {
    await migratePostgres(pool, options.schema);
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseError(
      `Cannot use the PostgreSQL database at ${options.shownAs} (schema ${options.schema}): ${(error as Error).message}. Check DATABASE_URL and that the server is running.`,
      { cause: error },
    );
  }
}

/** The PostgreSQL implementation of the subscription store; `close` ends the pool. */
export function createPostgresSubscriptionStore(pool: pg.Pool): SubscriptionStore {
  const one = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[]) =>
    (await pool.query<Row>(sql, values)).rows[0];
  const subscriptionOf = (row: SubscriptionRow | undefined) =>
    row ? toSubscription(row) : undefined;
  const deliveryOf = (row: DeliveryRow | undefined) => (row ? toDelivery(row) : undefined);

  return {
    async createSubscription(input) {
      const row = await one<SubscriptionRow>(
        `INSERT INTO subscriptions (platform, channel_id, is_direct, created_by, topics, cron, timezone, description, notify_empty, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          input.platform,
          input.channelId,
          input.isDirect,
          input.createdBy,
          JSON.stringify(input.topics),
          input.cron,
          input.timezone,
          input.description,
          input.notifyEmpty,
          input.createdAt,
        ],
      );
      if (row === undefined) throw new Error('the new subscription was not returned');
      return toSubscription(row);
    },
    async getSubscription(id) {
      return subscriptionOf(
        await one<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]),
      );
    },
    async listSubscriptions(filter) {
      const { rows } = filter
        ? await pool.query<SubscriptionRow>(
            'SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2 ORDER BY id',
            [filter.platform, filter.channelId],
          )
        : await pool.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id');
      return rows.map(toSubscription);
    },
    async deleteSubscription(id) {
      const result = await pool.query('DELETE FROM subscriptions WHERE id = $1', [id]);
      return (result.rowCount ?? 0) > 0;
    },
    async setPaused(id, reason) {
      await pool.query('UPDATE subscriptions SET paused_reason = $1 WHERE id = $2', [reason, id]);
    },
    async claimDelivery(subscriptionId, scheduledFor, at) {
      // The unique key (subscription, minute) makes the claim atomic across every process.
      return deliveryOf(
        await one<DeliveryRow>(
          `INSERT INTO deliveries (subscription_id, scheduled_for, status, claimed_at)
           VALUES ($1, $2, 'claimed', $3)
           ON CONFLICT (subscription_id, scheduled_for) DO NOTHING RETURNING *`,
          [subscriptionId, scheduledFor, at],
        ),
      );
    },
    async getDelivery(subscriptionId, scheduledFor) {
      return deliveryOf(
        await one<DeliveryRow>(
          'SELECT * FROM deliveries WHERE subscription_id = $1 AND scheduled_for = $2',
          [subscriptionId, scheduledFor],
        ),
      );
    },
    async recordAttempt(deliveryId, error) {
      await pool.query(
        'UPDATE deliveries SET attempts = attempts + 1, last_error = $1 WHERE id = $2',
        [error, deliveryId],
      );
    },
    async finishDelivery(deliveryId, outcome, at) {
      await pool.query(
        `UPDATE deliveries SET status = $1, message_id = $2, covered_until = $3, last_error = $4,
           finished_at = $5 WHERE id = $6 AND status = 'claimed'`,
        [
          outcome.status,
          outcome.messageId ?? null,
          outcome.coveredUntil ?? null,
          outcome.error ?? null,
          at,
          deliveryId,
        ],
      );
    },
    async unfinishedDeliveries() {
      const { rows } = await pool.query<DeliveryRow>(
        "SELECT * FROM deliveries WHERE status = 'claimed' ORDER BY scheduled_for, id",
      );
      return rows.map(toDelivery);
    },
    async latestDelivery(subscriptionId) {
      return deliveryOf(
        await one<DeliveryRow>(
          'SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY scheduled_for DESC, id DESC LIMIT 1',
          [subscriptionId],
        ),
      );
    },
    async latestCompleted(subscriptionId) {
      return deliveryOf(
        await one<DeliveryRow>(
          `SELECT * FROM deliveries WHERE subscription_id = $1 AND status IN ('sent', 'empty')
           ORDER BY scheduled_for DESC, id DESC LIMIT 1`,
          [subscriptionId],
        ),
      );
    },
    async close() {
      await pool.end();
    },
  };
}
