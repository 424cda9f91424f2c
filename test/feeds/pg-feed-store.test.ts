import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/digests/pg-store.ts';
import type { FeedStore } from '../../src/feeds/feed-store.ts';
import { createPostgresFeedStore } from '../../src/feeds/pg-feed-store.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';
import { describeFeedStore } from './feed-store-contract.ts';

const schemas = testSchemas('pg-feed-store');
afterAll(() => schemas.dropAll());

/** A store on a schema of its own; closing it ends the pool, which the store leaves open. */
async function open(schema = schemas.next()): Promise<FeedStore> {
  const pool = await openPostgres({
    url: TEST_DATABASE_URL,
    schema,
    shownAs: 'the test server',
    onIdleError: () => undefined,
    max: 4,
  });
  const store = createPostgresFeedStore(pool);
  return {
    ...store,
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

describeFeedStore('PostgreSQL', () => open());

describe('the PostgreSQL feed store', () => {
  it('shares feeds and claims between processes on one database', async () => {
    const schema = schemas.next();
    const [first, second] = await Promise.all([open(schema), open(schema)]);
    try {
      const at = new Date('2026-12-01T08:00:00Z');
      const { feed } = await first.add('https://a.example/rss', 'U1', at);
      expect((await second.list()).map((f) => f.url)).toEqual(['https://a.example/rss']);
      const claims = await Promise.all([
        first.claimItem(feed.id, 'guid-1', at),
        second.claimItem(feed.id, 'guid-1', at),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
