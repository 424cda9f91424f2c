import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeFeeds, sampleStory, startFakeFeeds } from '../../fakes/fake-feeds.ts';
import type { Caller } from '../../src/core/caller.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createFeedPoller } from '../../src/feeds/feed-poller.ts';
import { createFeedService } from '../../src/feeds/feed-service.ts';
import type { FeedStore } from '../../src/feeds/feed-store.ts';
import { createSqliteFeedStore } from '../../src/feeds/sqlite-feed-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { context } from '../helpers/briefings.ts';

let fake: FakeFeeds;
let dir: string;
let store: FeedStore;
let poller: ReturnType<typeof createFeedPoller>;

beforeAll(async () => {
  fake = await startFakeFeeds();
  fake.setFeed('/news.xml', {
    format: 'rss',
    title: 'Test Times',
    stories: [sampleStory(1, '2025-03-01T10:00:00Z', 'market')],
  });
  dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-commands-'));
  store = createSqliteFeedStore(':memory:');
  poller = createFeedPoller({
    store,
    limits: { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: ['127.0.0.1'] },
    drafts: { dir, reload: () => {} },
    settings: {
      intervalMs: 60_000,
      maxCacheMs: 600_000,
      retryMs: 1000,
      firstReadItems: 3,
      maxFailures: 1,
      concurrency: 2,
      tickMs: 1000,
    },
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
  });
});
afterAll(async () => {
  await poller.stop();
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const editor: Partial<Caller> = {
  platform: 'slack',
  isDirect: false,
  isEditor: true,
  userId: 'U0ED',
};
const reader: Partial<Caller> = { platform: 'discord', isDirect: false, canManageChannel: true };
const text = (reply: Reply) => JSON.stringify(reply);

function ask(
  line: string,
  who: Partial<Caller> = editor,
  allowPrivate: boolean | string[] = ['127.0.0.1'],
) {
  const feeds = createFeedService({ store, poller, allowPrivate });
  return dispatchText(registry, line, { ...context(createLibrary(), who), feeds });
}

describe('/feeds', () => {
  it('lets an editor add a feed, reads it at once, and lists it with what it drafted', async () => {
    const added = await ask(`/feeds add ${fake.url}/news.xml`);
    expect(added.error).toBeUndefined();
    expect(added.title).toBe('Following feed #1');
    expect(added.private).toBe(true);
    await poller.pollDue();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const listed = await ask('/feeds list');
    expect(listed.title).toBe('1 feed followed');
    expect(text(listed)).toContain(`#1 Test Times · ${fake.url}/news.xml`);
    expect(text(listed)).toContain('1 item seen, 1 draft');
    expect((await ask(`/feeds add ${fake.url}/news.xml`)).title).toBe('Feed #1 already followed');
  });

  it('shows a paused feed with its reason, and adding it again resumes it', async () => {
    await ask(`/feeds add ${fake.url}/broken`);
    await poller.pollDue();
    const listed = text(await ask('/feeds list'));
    expect(listed).toContain('PAUSED: 1 failures in a row, the last: the feed answered HTTP 500');
    await ask(`/feeds add ${fake.url}/broken`);
    const feed = (await store.list()).find((f) => f.url.endsWith('/broken'));
    expect(feed?.pausedReason).toBeUndefined();
  });

  it('refuses private addresses and junk with a clear message', async () => {
    const refused = await ask('/feeds add http://127.0.0.1:9/rss', editor, false);
    expect(refused.error?.code).toBe('bad_argument');
    expect(text(refused)).toContain('points at a private or local address');
    const junk = await ask('/feeds add not-a-url');
    expect(text(junk)).toContain('that is not a web address');
  });

  it('removes a feed by number and says when there is none', async () => {
    const before = (await store.list()).length;
    const removed = await ask('/feeds remove 1');
    expect(removed.title).toBe('Stopped following feed #1');
    expect((await store.list()).length).toBe(before - 1);
    expect((await ask('/feeds remove 1')).error?.code).toBe('not_found');
  });

  it('is for editors only, and changes nothing for anyone else', async () => {
    const before = await store.list();
    for (const line of ['/feeds list', `/feeds add ${fake.url}/other.xml`, '/feeds remove 2']) {
      const reply = await ask(line, reader);
      expect(reply.error?.code).toBe('not_editor');
      expect(reply.private).toBe(true);
    }
    expect(await store.list()).toEqual(before);
  });
});
