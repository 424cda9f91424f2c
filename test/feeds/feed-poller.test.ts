import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeFeeds,
  type FeedFormat,
  sampleStory,
  startFakeFeeds,
} from '../../fakes/fake-feeds.ts';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { createFeedPoller, type PollerSettings } from '../../src/feeds/feed-poller.ts';
import type { Feed, FeedStore } from '../../src/feeds/feed-store.ts';
import { createSqliteFeedStore } from '../../src/feeds/sqlite-feed-store.ts';
import { createLogger } from '../../src/logger.ts';

const MINUTE = 60_000;
const settings: PollerSettings = {
  intervalMs: 15 * MINUTE,
  maxCacheMs: 120 * MINUTE,
  retryMs: MINUTE,
  firstReadItems: 2,
  maxFailures: 3,
  concurrency: 4,
  tickMs: 1000,
};

let fake: FakeFeeds;
let dir: string;
let dbFile: string;
let store: FeedStore;
let clock: Date;
let events: string[];
let paused: { feed: Feed; reason: string }[];
let files = 0;

beforeAll(async () => {
  fake = await startFakeFeeds();
});
afterAll(() => fake.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-'));
  dbFile = join(dir, `.feeds-${++files}.sqlite`);
  store = createSqliteFeedStore(dbFile);
  clock = new Date('2026-12-01T08:00:00Z');
  events = [];
  paused = [];
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function poller(over: Partial<PollerSettings> = {}, timeoutMs = 2000) {
  return createFeedPoller({
    store,
    limits: { timeoutMs, maxBytes: 1024 * 1024, allowPrivate: ['127.0.0.1'] },
    drafts: { dir, reload: (name) => events.push(`reload ${name}`) },
    settings: { ...settings, ...over },
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    now: () => clock,
    onDrafted: (id, feed) => events.push(`drafted ${id} from ${feed.url}`),
    onPaused: async (feed, reason) => {
      paused.push({ feed, reason });
    },
  });
}

const drafts = () => readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const stories = (topic: string, count: number) =>
  Array.from({ length: count }, (_, i) => sampleStory(i + 1, `2025-03-0${i + 1}T10:00:00Z`, topic));
const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * MINUTE);
};
async function follow(path: string): Promise<Feed> {
  return (await store.add(`${fake.url}${path}`, 'U1', clock)).feed;
}

describe('the feed poller', () => {
  it.each([
    ['rss', '/rss-first.xml', 'quay'],
    ['atom', '/atom-first.xml', 'pier'],
    ['json', '/json-first.json', 'dock'],
  ] as [FeedFormat, string, string][])(
    'drafts only the newest items of a new %s feed, as valid drafts linked to their article',
    async (format, path, topic) => {
      fake.setFeed(path, { format, title: `${topic} news`, stories: stories(topic, 3) });
      const feed = await follow(path);
      await poller().pollDue();
      expect(drafts().sort()).toEqual([
        `council-agrees-${topic}-plan-number-2.yaml`,
        `council-agrees-${topic}-plan-number-3.yaml`,
      ]);
      const file = drafts()[0] ?? '';
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = parseBriefing(file, text);
      expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(parsed.briefing?.draft).toBe(true);
      expect(parsed.briefing?.source.url).toBe(`${fake.url}/articles/${topic}-story-2`);
      expect(parsed.briefing?.statements.map((s) => s.speaker)).toEqual([
        'jane-smith',
        'tom-brown',
      ]);
      expect(text).not.toMatch(/ADVERTISEMENT|Subscribe now|Cookie policy/);
      expect(await store.counts(feed.id)).toEqual({ seen: 3, drafted: 2 });
      expect((await store.get(feed.id))?.primed).toBe(true);
    },
  );

  it('asks again with the ETag, drafts nothing on 304, and only the new item when it changes', async () => {
    const list = stories('harbour', 2);
    fake.setFeed('/etag.xml', { format: 'rss', title: 'Etag', etag: '"v1"', stories: list });
    await follow('/etag.xml');
    const run = poller();
    await run.pollDue();
    expect(drafts()).toHaveLength(2);
    later(16);
    await run.pollDue();
    expect(fake.requests.filter((r) => r.path === '/etag.xml').map((r) => r.status)).toEqual([
      200, 304,
    ]);
    expect(fake.requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    const fresh = sampleStory(9, '2025-03-09T10:00:00Z', 'harbour');
    fake.setFeed('/etag.xml', {
      format: 'rss',
      title: 'Etag',
      etag: '"v2"',
      stories: [fresh, ...list],
    });
    later(16);
    await run.pollDue();
    expect(drafts()).toHaveLength(3);
    expect(drafts()).toContain('council-agrees-harbour-plan-number-9.yaml');
  });

  it('drafts nothing twice after a restart, even when the feed is read in full again', async () => {
    fake.setFeed('/restart.xml', { format: 'rss', title: 'Restart', stories: stories('canal', 3) });
    await follow('/restart.xml');
    await poller().pollDue();
    expect(drafts()).toHaveLength(2);
    await store.close();
    store = createSqliteFeedStore(dbFile);
    const fresh = sampleStory(7, '2025-03-07T10:00:00Z', 'canal');
    fake.setFeed('/restart.xml', {
      format: 'rss',
      title: 'Restart',
      stories: [fresh, ...stories('canal', 3)],
    });
    later(16);
    await poller().pollDue();
    expect(drafts().sort()).toEqual([
      'council-agrees-canal-plan-number-2.yaml',
      'council-agrees-canal-plan-number-3.yaml',
      'council-agrees-canal-plan-number-7.yaml',
    ]);
  });

  it('waits longer after each failure, pauses the feed after too many, and says why', async () => {
    const feed = await follow('/broken');
    const run = poller();
    const gaps: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await run.pollDue();
      const now = (await store.get(feed.id)) as Feed;
      expect(now.failures).toBe(attempt);
      expect(now.lastError).toBe('the feed answered HTTP 500');
      gaps.push((now.nextPollAt.getTime() - clock.getTime()) / MINUTE);
      clock = now.nextPollAt;
    }
    expect(gaps.slice(0, 2)).toEqual([1, 2]);
    const stopped = (await store.get(feed.id)) as Feed;
    expect(stopped.pausedReason).toMatch(
      /^3 failures in a row, the last: the feed answered HTTP 500/,
    );
    expect(paused.map((p) => [p.feed.id, p.reason])).toEqual([
      [feed.id, 'the feed answered HTTP 500'],
    ]);
    const reads = fake.requests.filter((r) => r.path === '/broken').length;
    later(24 * 60);
    await run.pollDue();
    expect(fake.requests.filter((r) => r.path === '/broken').length).toBe(reads);
  });

  it('records malformed XML and an oversized answer as failures of their feed alone', async () => {
    fake.setFeed('/fine.xml', { format: 'rss', title: 'Fine', stories: stories('ferry', 1) });
    const fine = await follow('/fine.xml');
    const malformed = await follow('/malformed.xml');
    const huge = await follow('/huge.xml');
    await poller().pollDue();
    expect((await store.get(malformed.id))?.lastError).toMatch(/^not a readable feed/);
    expect((await store.get(huge.id))?.lastError).toBe('larger than 1048576 bytes');
    expect(await store.counts(fine.id)).toEqual({ seen: 1, drafted: 1 });
  });

  it('never lets a slow feed hold up the others', async () => {
    fake.setSlowMs(4000);
    fake.setFeed('/quick.xml', { format: 'rss', title: 'Quick', stories: stories('lock', 1) });
    const slow = await follow('/slow.xml');
    const quick = await follow('/quick.xml');
    const run = poller({ concurrency: 2 }, 1500);
    let finished = false;
    const polled = run.pollDue().then(() => {
      finished = true;
    });
    while (!events.some((e) => e.startsWith('drafted'))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The quick feed's item is drafted while the slow feed is still waited for.
    expect(finished).toBe(false);
    expect((await store.get(slow.id))?.lastError).toBeUndefined();
    expect(events).toContain(`drafted council-agrees-lock-plan-number-1 from ${quick.url}`);
    await polled;
    expect((await store.get(slow.id))?.lastError).toBe('no complete answer within 1500 ms');
  });

  it('honours Cache-Control max-age, up to the cap', async () => {
    fake.setFeed('/cached.xml', {
      format: 'rss',
      title: 'Cached',
      cacheControl: 'public, max-age=3600',
      stories: [],
    });
    fake.setFeed('/greedy.xml', {
      format: 'rss',
      title: 'Greedy',
      cacheControl: 'max-age=999999',
      stories: [],
    });
    fake.setFeed('/eager.xml', {
      format: 'rss',
      title: 'Eager',
      cacheControl: 'max-age=5',
      stories: [],
    });
    const feeds = await Promise.all(['/cached.xml', '/greedy.xml', '/eager.xml'].map(follow));
    await poller().pollDue();
    const gaps = await Promise.all(
      feeds.map(
        async (f) => ((await store.get(f.id))?.nextPollAt.getTime() ?? 0) - clock.getTime(),
      ),
    );
    expect(gaps.map((ms) => ms / MINUTE)).toEqual([60, 120, 15]);
  });

  it('notes an item whose page has no article, and drafts the rest', async () => {
    fake.setFeed('/mixed.xml', { format: 'rss', title: 'Mixed', stories: stories('mill', 2) });
    const feed = await follow('/mixed.xml');
    fake.dropPage('mill-story-2');
    await poller().pollDue();
    expect(drafts()).toEqual(['council-agrees-mill-plan-number-1.yaml']);
    expect(await store.counts(feed.id)).toEqual({ seen: 2, drafted: 1 });
  });

  it('tries a page that answered a server error again at the next polls, a few times only', async () => {
    fake.setFeed('/flaky.xml', { format: 'rss', title: 'Flaky', stories: stories('lock', 2) });
    const feed = await follow('/flaky.xml');
    const before = fake.requests.length;
    fake.failPage('lock-story-1', 1);
    fake.failPage('lock-story-2', 10);
    const reader = poller();
    await reader.pollDue();
    expect(drafts()).toEqual([]);
    expect(await store.counts(feed.id)).toEqual({ seen: 0, drafted: 0 });
    for (let poll = 0; poll < 4; poll++) {
      later(20);
      await reader.pollDue();
    }
    expect(drafts()).toEqual(['council-agrees-lock-plan-number-1.yaml']);
    expect(await store.counts(feed.id)).toEqual({ seen: 2, drafted: 1 });
    const pageRequests = fake.requests
      .slice(before)
      .filter((r) => r.path === '/articles/lock-story-2');
    expect(pageRequests.map((r) => r.status)).toEqual([503, 503, 503]);
  });
});
