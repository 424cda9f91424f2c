import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.ts';
import { DatabaseError } from '../../src/digests/database-checks.ts';
import {
  latestPgVersion,
  migratePostgres,
  pgMigrations,
  quoteIdentifier,
} from '../../src/digests/pg-migrations.ts';
import { createPostgresSubscriptionStore, openPostgres } from '../../src/digests/pg-store.ts';
import { startDigests } from '../../src/digests/start-digests.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { newSubscription } from '../helpers/digests.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';

const schemas = testSchemas('pg-migrations');
afterAll(() => schemas.dropAll());

const pools: pg.Pool[] = [];
afterAll(() => Promise.all(pools.splice(0).map((pool) => pool.end())));

function poolOn(schema: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: TEST_DATABASE_URL,
    options: `-c search_path=${quoteIdentifier(schema)}`,
    max: 2,
  });
  pools.push(pool);
  return pool;
}

async function versionsOf(pool: pg.Pool, schema: string): Promise<number[]> {
  const { rows } = await pool.query<{ version: number }>(
    `SELECT version FROM ${quoteIdentifier(schema)}.schema_migrations ORDER BY version`,
  );
  return rows.map((row) => row.version);
}

describe('PostgreSQL migrations', () => {
  it('bring an empty schema to the latest version, and then have nothing left to do', async () => {
    const schema = schemas.next();
    const pool = poolOn(schema);
    expect(await migratePostgres(pool, schema)).toEqual(pgMigrations.map((m) => m.version));
    expect(await versionsOf(pool, schema)).toEqual([1, 2, 3, 4]);
    expect(latestPgVersion).toBe(4);
    expect(await migratePostgres(pool, schema)).toEqual([]);
  });

  it('bring a schema from the previous version, keeping its rows', async () => {
    const schema = schemas.next();
    const pool = poolOn(schema);
    expect(await migratePostgres(pool, schema, 1)).toEqual([1]);
    await pool.query(
      `INSERT INTO subscriptions (platform, channel_id, is_direct, created_by, topics, cron, timezone, description, created_at)
       VALUES ('slack', 'C1', false, 'U1', '[]', '0 8 * * *', 'UTC', '08:00 every day (UTC)', '2026-01-01T00:00:00Z')`,
    );
    const store = createPostgresSubscriptionStore(
      await openPostgres({
        url: TEST_DATABASE_URL,
        schema,
        shownAs: 'test',
        onIdleError: () => undefined,
      }),
    );
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({ channelId: 'C1', notifyEmpty: false, pausedReason: null });
    const claim = await store.claimDelivery(sub?.id ?? 0, new Date(), new Date());
    expect(claim).toMatchObject({ attempts: 0, lastError: null });
    expect(await versionsOf(pool, schema)).toEqual([1, 2, 3, 4]);
    await store.close();
  });

  it('bring a schema from version 3 to 4, keeping the shared briefing files', async () => {
    const schema = schemas.next();
    const pool = poolOn(schema);
    expect(await migratePostgres(pool, schema, 3)).toEqual([1, 2, 3]);
    await pool.query(
      `INSERT INTO briefing_files (file_name, content, content_hash) VALUES ('a.yaml', 'id: a', 'h')`,
    );
    expect(await migratePostgres(pool, schema)).toEqual([4]);
    const { rows } = await pool.query('SELECT file_name FROM briefing_files');
    expect(rows).toEqual([{ file_name: 'a.yaml' }]);
    const { rows: parsed } = await pool.query('SELECT count(*)::int AS n FROM parsed_briefings');
    expect(parsed).toEqual([{ n: 0 }]);
  });

  it('run once when several processes start together: the others wait for the lock', async () => {
    const schema = schemas.next();
    const starts = await Promise.all(
      Array.from({ length: 4 }, () => migratePostgres(poolOn(schema), schema)),
    );
    expect(starts.flat().sort()).toEqual([1, 2, 3, 4]);
    expect(starts.filter((applied) => applied.length > 0)).toHaveLength(1);
  });

  it('refuse a schema from a newer Briefbot rather than guess at it', async () => {
    const schema = schemas.next();
    const pool = poolOn(schema);
    await migratePostgres(pool, schema);
    await pool.query(
      `INSERT INTO ${quoteIdentifier(schema)}.schema_migrations (version, description) VALUES (99, 'future')`,
    );
    await expect(
      openPostgres({ url: TEST_DATABASE_URL, schema, shownAs: 'test', onIdleError: () => {} }),
    ).rejects.toThrow(/version 99, newer than this Briefbot/);
  });
});

describe('DATABASE_URL', () => {
  const password = 'pa55-w0rd-never-logged';

  it('runs digests on PostgreSQL, and its password reaches no log line', async () => {
    const schema = schemas.next();
    const config = loadConfig({
      DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:5432/test`,
      DATABASE_SCHEMA: schema,
    });
    let logs = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logs += chunk;
    });
    const log = createLogger({ level: 'debug', destination, secrets: secretsOf(config) });
    const running = await startDigests({ config, library: createLibrary([]), publishers: {}, log });
    await running.stop();
    expect(logs).toContain('digests on PostgreSQL');
    expect(logs).toContain('postgres://postgres:***@127.0.0.1:5432/test');
    expect(logs).not.toContain(password);
    const pool = poolOn(schema);
    expect(await versionsOf(pool, schema)).toEqual([1, 2, 3, 4]);
  });

  it('names the server but not the password when it cannot be reached', async () => {
    const config = loadConfig({
      // Port 9 (discard) has nothing listening on these machines.
      DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:9/test`,
      DATABASE_SCHEMA: schemas.next(),
    });
    const log = createLogger({ level: 'silent', destination: new PassThrough() });
    const failure = await startDigests({
      config,
      library: createLibrary([]),
      publishers: {},
      log,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect((failure as Error).message).toContain('127.0.0.1:9');
    expect((failure as Error).message).not.toContain(password);
  });

  it('is refused unless it is a PostgreSQL URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1/test' })).toThrow(
      /DATABASE_URL: must be a PostgreSQL URL/,
    );
    expect(() => loadConfig({ DATABASE_SCHEMA: 'Robert"; DROP TABLE' })).toThrow(/DATABASE_SCHEMA/);
  });

  it('keeps using the store opened by the first start when a second starts on it', async () => {
    const schema = schemas.next();
    const open = async () =>
      createPostgresSubscriptionStore(
        await openPostgres({ url: TEST_DATABASE_URL, schema, shownAs: 't', onIdleError: () => {} }),
      );
    const [one, two] = await Promise.all([open(), open()]);
    const created = await one.createSubscription(newSubscription());
    expect(await two.getSubscription(created.id)).toEqual(created);
    await Promise.all([one.close(), two.close()]);
  });
});
