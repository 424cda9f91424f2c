import BetterSqlite3, { type Database } from 'better-sqlite3';
import { checkDatabase, explainOpenError, makeFolder } from './database-checks.ts';
import { migrate } from './migrations.ts';
import type {
  Delivery,
  NewSubscription,
  Subscription,
  SubscriptionStore,
} from './subscription-store.ts';

interface SubscriptionRow {
  id: number;
  platform: Subscription['platform'];
  channel_id: string;
  is_direct: number;
  created_by: string;
  topics: string;
  cron: string;
  timezone: string;
  description: string;
  notify_empty: number;
  paused_reason: string | null;
  created_at: string;
}

interface DeliveryRow {
  id: number;
  subscription_id: number;
  scheduled_for: string;
  status: Delivery['status'];
  message_id: string | null;
  covered_until: string | null;
  attempts: number;
  last_error: string | null;
  claimed_at: string;
  finished_at: string | null;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channel_id,
    isDirect: row.is_direct === 1,
    createdBy: row.created_by,
    topics: JSON.parse(row.topics) as string[],
    cron: row.cron,
    timezone: row.timezone,
    description: row.description,
    notifyEmpty: row.notify_empty === 1,
    pausedReason: row.paused_reason,
    createdAt: row.created_at,
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    scheduledFor: row.scheduled_for,
    status: row.status,
    messageId: row.message_id,
    coveredUntil: row.covered_until,
    attempts: row.attempts,
    lastError: row.last_error,
    claimedAt: row.claimed_at,
    finishedAt: row.finished_at,
  };
}

/**
 * Opens (creating if needed) a SQLite database file in WAL mode, with the schema up to date.
 * Checks it first: a damaged file, or one that cannot be written, throws a DatabaseError that
 * names the file and what to do, and is left as it is.
 */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') makeFolder(file);
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file);
    // WAL lets readers work while a delivery is being recorded; NORMAL sync is durable across a
    // process crash (what exactly-once needs), trading only power-loss durability of the last commit.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    checkDatabase(db, file);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw explainOpenError(error, file);
  }
}

/**
 * The SQLite implementation of the subscription store. better-sqlite3 answers synchronously; the
 * methods are async only to share the interface with the PostgreSQL store.
 */
export function createSqliteSubscriptionStore(db: Database): SubscriptionStore {
  const statements = {
    insertSubscription: db.prepare(
      `INSERT INTO subscriptions (platform, channel_id, is_direct, created_by, topics, cron, timezone, description, notify_empty, created_at)
       VALUES (@platform, @channelId, @isDirect, @createdBy, @topics, @cron, @timezone, @description, @notifyEmpty, @createdAt)`,
    ),
    getSubscription: db.prepare('SELECT * FROM subscriptions WHERE id = ?'),
    allSubscriptions: db.prepare('SELECT * FROM subscriptions ORDER BY id'),
    channelSubscriptions: db.prepare(
      'SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ORDER BY id',
    ),
    deleteSubscription: db.prepare('DELETE FROM subscriptions WHERE id = ?'),
    setPaused: db.prepare('UPDATE subscriptions SET paused_reason = ? WHERE id = ?'),
    claim: db.prepare(
      `INSERT INTO deliveries (subscription_id, scheduled_for, status, claimed_at)
       VALUES (?, ?, 'claimed', ?) ON CONFLICT (subscription_id, scheduled_for) DO NOTHING`,
    ),
    getDeliveryById: db.prepare('SELECT * FROM deliveries WHERE id = ?'),
    getDelivery: db.prepare(
      'SELECT * FROM deliveries WHERE subscription_id = ? AND scheduled_for = ?',
    ),
    recordAttempt: db.prepare(
      'UPDATE deliveries SET attempts = attempts + 1, last_error = ? WHERE id = ?',
    ),
    finish: db.prepare(
      `UPDATE deliveries SET status = @status, message_id = @messageId, covered_until = @coveredUntil,
         last_error = @error, finished_at = @at WHERE id = @id AND status = 'claimed'`,
    ),
    unfinished: db.prepare(
      "SELECT * FROM deliveries WHERE status = 'claimed' ORDER BY scheduled_for, id",
    ),
    latest: db.prepare(
      'SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY scheduled_for DESC, id DESC LIMIT 1',
    ),
    latestCompleted: db.prepare(
      `SELECT * FROM deliveries WHERE subscription_id = ? AND status IN ('sent', 'empty')
       ORDER BY scheduled_for DESC, id DESC LIMIT 1`,
    ),
  };

  return {
    async createSubscription(input: NewSubscription): Promise<Subscription> {
      const result = statements.insertSubscription.run({
        ...input,
        isDirect: input.isDirect ? 1 : 0,
        topics: JSON.stringify(input.topics),
        notifyEmpty: input.notifyEmpty ? 1 : 0,
        createdAt: input.createdAt.toISOString(),
      });
      return toSubscription(
        statements.getSubscription.get(result.lastInsertRowid) as SubscriptionRow,
      );
    },
    async getSubscription(id) {
      const row = statements.getSubscription.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async listSubscriptions(filter) {
      const rows = filter
        ? statements.channelSubscriptions.all(filter.platform, filter.channelId)
        : statements.allSubscriptions.all();
      return (rows as SubscriptionRow[]).map(toSubscription);
    },
    async deleteSubscription(id) {
      return statements.deleteSubscription.run(id).changes > 0;
    },
    async setPaused(id, reason) {
      statements.setPaused.run(reason, id);
    },
    async claimDelivery(subscriptionId, scheduledFor, at) {
      const result = statements.claim.run(
        subscriptionId,
        scheduledFor.toISOString(),
        at.toISOString(),
      );
      if (result.changes === 0) return undefined;
      return toDelivery(statements.getDeliveryById.get(result.lastInsertRowid) as DeliveryRow);
    },
    async getDelivery(subscriptionId, scheduledFor) {
      const row = statements.getDelivery.get(subscriptionId, scheduledFor.toISOString()) as
        | DeliveryRow
        | undefined;
      return row ? toDelivery(row) : undefined;
    },
    async recordAttempt(deliveryId, error) {
      statements.recordAttempt.run(error, deliveryId);
    },
    async finishDelivery(deliveryId, outcome, at) {
      statements.finish.run({
        id: deliveryId,
        status: outcome.status,
        messageId: outcome.messageId ?? null,
        coveredUntil: outcome.coveredUntil ?? null,
        error: outcome.error ?? null,
        at: at.toISOString(),
      });
    },
    async unfinishedDeliveries() {
      return (statements.unfinished.all() as DeliveryRow[]).map(toDelivery);
    },
    async latestDelivery(subscriptionId) {
      const row = statements.latest.get(subscriptionId) as DeliveryRow | undefined;
      return row ? toDelivery(row) : undefined;
    },
    async latestCompleted(subscriptionId) {
      const row = statements.latestCompleted.get(subscriptionId) as DeliveryRow | undefined;
      return row ? toDelivery(row) : undefined;
    },
    async close() {
      db.close();
    },
  };
}
