import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src/digests/migrations.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { dataDir, newSubscription } from '../helpers/digests.ts';

const at = new Date('2026-11-28T08:00:00Z');
const later = new Date('2026-11-28T08:00:05Z');

/** Every store implementation must pass this suite, so the scheduler never depends on which it has. */
const implementations: [string, () => SubscriptionStore][] = [
  [
    'SQLite file',
    () => createSqliteSubscriptionStore(openDatabase(join(dataDir(), 'nested', 'db.sqlite'))),
  ],
  ['SQLite in memory', () => createSqliteSubscriptionStore(openDatabase(':memory:'))],
];

describe.each(implementations)('the subscription store (%s)', (_name, open) => {
  it('creates, reads, lists by channel, pauses and deletes subscriptions', () => {
    const store = open();
    const a = store.createSubscription(
      newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
    );
    const b = store.createSubscription(
      newSubscription({ channelId: '100000000000000002', isDirect: false }),
    );
    expect(a).toEqual({
      id: a.id,
      ...newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
      createdAt: '2026-11-01T00:00:00.000Z',
      pausedReason: null,
    });
    expect(store.getSubscription(a.id)).toEqual(a);
    expect(store.listSubscriptions().map((s) => s.id)).toEqual([a.id, b.id]);
    expect(
      store
        .listSubscriptions({ platform: 'discord', channelId: '100000000000000002' })
        .map((s) => s.id),
    ).toEqual([b.id]);
    expect(store.listSubscriptions({ platform: 'slack', channelId: '100000000000000002' })).toEqual(
      [],
    );
    store.setPaused(a.id, 'because');
    expect(store.getSubscription(a.id)?.pausedReason).toBe('because');
    store.setPaused(a.id, null);
    expect(store.getSubscription(a.id)?.pausedReason).toBeNull();
    expect(store.deleteSubscription(a.id)).toBe(true);
    expect(store.deleteSubscription(a.id)).toBe(false);
    expect(store.getSubscription(a.id)).toBeUndefined();
    store.close();
  });

  it('lets a run be claimed once only', () => {
    const store = open();
    const sub = store.createSubscription(newSubscription());
    const claim = store.claimDelivery(sub.id, at, at);
    expect(claim).toMatchObject({
      subscriptionId: sub.id,
      scheduledFor: at.toISOString(),
      status: 'claimed',
      attempts: 0,
    });
    expect(store.claimDelivery(sub.id, at, later)).toBeUndefined();
    expect(store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later)).toBeDefined();
    store.close();
  });

  it('tracks unfinished claims, attempts, and the latest completed delivery', () => {
    const store = open();
    const sub = store.createSubscription(newSubscription());
    const first = store.claimDelivery(sub.id, at, at);
    const second = store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later);
    if (!first || !second) throw new Error('claims failed');
    expect(store.unfinishedDeliveries().map((d) => d.id)).toEqual([first.id, second.id]);
    store.recordAttempt(second.id, 'HTTP 503');
    store.finishDelivery(
      first.id,
      { status: 'sent', messageId: 'm1', coveredUntil: '2024-07-20' },
      later,
    );
    // Finishing is once only: a late duplicate cannot turn a sent delivery into something else.
    store.finishDelivery(first.id, { status: 'failed', error: 'late' }, later);
    expect(store.getDelivery(sub.id, at)).toMatchObject({
      status: 'sent',
      messageId: 'm1',
      coveredUntil: '2024-07-20',
    });
    expect(store.unfinishedDeliveries()).toMatchObject([
      { id: second.id, attempts: 1, lastError: 'HTTP 503' },
    ]);
    expect(store.latestCompleted(sub.id)?.id).toBe(first.id);
    expect(store.latestDelivery(sub.id)?.id).toBe(second.id);
    store.finishDelivery(second.id, { status: 'empty', coveredUntil: '2024-07-20' }, later);
    expect(store.latestCompleted(sub.id)?.id).toBe(second.id);
    expect(store.unfinishedDeliveries()).toEqual([]);
    store.close();
  });

  it('forgets deliveries with their subscription', () => {
    const store = open();
    const sub = store.createSubscription(newSubscription());
    store.claimDelivery(sub.id, at, at);
    store.deleteSubscription(sub.id);
    expect(store.unfinishedDeliveries()).toEqual([]);
    store.close();
  });
});

describe('the SQLite database', () => {
  it('migrates from empty to the latest version, in WAL mode', () => {
    const file = join(dataDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('migrates a database from the previous version, keeping its data', () => {
    const file = join(dataDir(), 'db.sqlite');
    const old = new BetterSqlite3(file);
    expect(migrate(old, 1)).toEqual([1]);
    old
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, is_direct, created_by, topics, cron, timezone, description, created_at)
       VALUES ('slack', 'C1', 0, 'U1', '[]', '0 8 * * *', 'UTC', '08:00 every day (UTC)', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    old.close();

    const store = createSqliteSubscriptionStore(openDatabase(file));
    const [sub] = store.listSubscriptions();
    expect(sub).toMatchObject({
      platform: 'slack',
      channelId: 'C1',
      notifyEmpty: false,
      pausedReason: null,
    });
    expect(store.claimDelivery(sub?.id ?? 0, at, at)?.attempts).toBe(0);
    store.close();
  });

  it('keeps everything across a reopen', () => {
    const file = join(dataDir(), 'db.sqlite');
    const first = createSqliteSubscriptionStore(openDatabase(file));
    const sub = first.createSubscription(newSubscription({ topics: ['a', 'b'] }));
    const claim = first.claimDelivery(sub.id, at, at);
    first.finishDelivery(
      claim?.id ?? 0,
      { status: 'sent', messageId: 'm1', coveredUntil: '2024-07-20' },
      later,
    );
    first.close();
    const second = createSqliteSubscriptionStore(openDatabase(file));
    expect(second.getSubscription(sub.id)).toEqual(sub);
    expect(second.getDelivery(sub.id, at)).toMatchObject({ status: 'sent', messageId: 'm1' });
    second.close();
  });

  it('refuses a database from a newer Briefbot', () => {
    const file = join(dataDir(), 'db.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow('newer than this Briefbot');
  });
});
