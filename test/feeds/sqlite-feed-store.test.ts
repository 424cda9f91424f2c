import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../src/digests/migrations.ts';
import { openDatabase } from '../../src/digests/sqlite-store.ts';
import { createSqliteFeedStore } from '../../src/feeds/sqlite-feed-store.ts';
import { describeFeedStore } from './feed-store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-feed-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeFeedStore('SQLite file', async () => createSqliteFeedStore(join(dir, `${++files}.sqlite`)));
describeFeedStore('SQLite in memory', async () => createSqliteFeedStore(':memory:'));

describe('the SQLite feed store', () => {
  it('keeps feeds and seen items across a restart, beside the digest tables', async () => {
    const file = join(dir, 'restart.sqlite');
    // The digests' database comes first in a running bot; the feed tables join it.
    openDatabase(file).close();
    const first = createSqliteFeedStore(file);
    const { feed } = await first.add('https://a.example/rss', 'U1', new Date());
    await first.claimItem(feed.id, 'guid-1', new Date());
    await first.close();
    const second = createSqliteFeedStore(file);
    expect((await second.list()).map((f) => f.url)).toEqual(['https://a.example/rss']);
    expect(await second.claimItem(feed.id, 'guid-1', new Date())).toBe(false);
    await second.close();
    const digests = openDatabase(file);
    expect(digests.pragma('user_version', { simple: true })).toBe(latestVersion);
    digests.close();
  });
});
