import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src/digests/migrations.ts';
import { createPostgresSubscriptionStore, openPostgres } from '../../src/digests/pg-store.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { dataDir, newSubscription } from '../helpers/digests.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';
import { describeSubscriptionStore } from './subscription-store-contract.ts';

const at = new Date('2026-11-28T08:00:00Z');
const later = new Date('2026-11-28T08:00:05Z');

const schemas = testSchemas('subscription-store');
afterAll(() => schemas.dropAll());

const quiet = () => undefined;

/** Every store implementation must pass this suite, so the scheduler never depends on which it has. */
const implementations: [string, () => Promise<SubscriptionStore>][] = [
  [
    'SQLite file',
    async () => createSqliteSubscriptionStore(openDatabase(join(dataDir(), 'nested', 'db.sqlite'))),
  ],
  ['SQLite in memory', async () => createSqliteSubscriptionStore(openDatabase(':memory:'))],
  [
    'PostgreSQL',
    async () =>
      createPostgresSubscriptionStore(
        await openPostgres({
          url: TEST_DATABASE_URL,
          schema: schemas.next(),
          shownAs: 'the test server',
          onIdleError: quiet,
        }),
      ),
  ],
];

for (const [name, open] of implementations) describeSubscriptionStore(name, open);

describe('the SQLite database', () => {
  it('migrates from empty to the latest version, in WAL mode', async () => {
    const file = join(dataDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual([]);
    await db.close();
  });

  it('migrates a database from the previous version, keeping its data', async () => {
    const file = join(dataDir(), 'db.sqlite');
    const old = new BetterSqlite3(file);
    expect(migrate(old, 1)).toEqual([1]);
    old
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, is_direct, created_by, topics, cron, timezone, description, created_at)
       VALUES ('slack', 'C1', 0, 'U1', '[]', '0 8 * * *', 'UTC', '08:00 every day (UTC)', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    await old.close();

    const store = createSqliteSubscriptionStore(openDatabase(file));
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({
      platform: 'slack',
      channelId: 'C1',
      notifyEmpty: false,
      pausedReason: null,
    });
    expect((await store.claimDelivery(sub?.id ?? 0, at, at))?.attempts).toBe(0);
    await store.close();
  });

  it('keeps everything across a reopen', async () => {
    const file = join(dataDir(), 'db.sqlite');
    const first = createSqliteSubscriptionStore(openDatabase(file));
    const sub = await first.createSubscription(newSubscription({ topics: ['a', 'b'] }));
    const claim = await first.claimDelivery(sub.id, at, at);
    await first.finishDelivery(
      claim?.id ?? 0,
      { status: 'sent', messageId: 'm1', coveredUntil: '2024-07-20' },
      later,
    );
    await first.close();
    const second = createSqliteSubscriptionStore(openDatabase(file));
    expect(await second.getSubscription(sub.id)).toEqual(sub);
    expect(await second.getDelivery(sub.id, at)).toMatchObject({ status: 'sent', messageId: 'm1' });
    await second.close();
  });

  it('explains a path that cannot be opened as a database, naming it', () => {
    // A folder where the file should be: SQLite fails before any connection exists to close.
    const folder = dataDir();
    expect(() => openDatabase(folder)).toThrow(
      `Cannot write the database ${folder}: unable to open database file.`,
    );
  });

  it('closes its database on close()', async () => {
    const db = openDatabase(':memory:');
    await createSqliteSubscriptionStore(db).close();
    expect(db.open).toBe(false);
  });

  it('refuses a database from a newer Briefbot', async () => {
    const file = join(dataDir(), 'db.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    await db.close();
    expect(() => openDatabase(file)).toThrow('newer than this Briefbot');
  });
});
