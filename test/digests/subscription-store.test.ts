import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src/digests/migrations.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { dataDir, newSubscription } from '../helpers/digests.ts';
import { describeSubscriptionStore } from './subscription-store-contract.ts';

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

for (const [name, open] of implementations) describeSubscriptionStore(name, open);

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
