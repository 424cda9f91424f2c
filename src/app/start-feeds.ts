import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { BriefingWrites } from '../content/briefing-writes.ts';
import type { Reply } from '../core/reply.ts';
import type { FeedService } from '../feeds/feed-contract.ts';
import { createFeedPoller, type FeedPoller } from '../feeds/feed-poller.ts';
import { checkFeedUrl, createFeedService } from '../feeds/feed-service.ts';
import type { Feed, FeedStore } from '../feeds/feed-store.ts';
import { createPostgresFeedStore } from '../feeds/pg-feed-store.ts';
import { createSqliteFeedStore } from '../feeds/sqlite-feed-store.ts';
import type { Logger } from '../logger.ts';

/** Feeds being read: the service commands use, and the poller. */
export interface RunningFeeds {
  service: FeedService;
  poller: FeedPoller;
  store: FeedStore;
  stop(): Promise<void>;
}

/** The announcement of a paused feed, for the review channel. */
export function pausedReply(feed: Feed, reason: string): Reply {
  return {
    title: `Feed paused: ${feed.title ?? feed.url}`,
    private: false,
    blocks: [
      { type: 'paragraph', text: `Feed #${feed.id} (${feed.url}) is no longer read: ${reason}` },
      { type: 'footer', text: `Once it is fixed, /feeds add ${feed.url} resumes it.` },
    ],
  };
}

/** The URLs listed in FEEDS_FILE: one a line, blank lines and `#` comments skipped. */
export function feedsFileUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Opens the feed store (PostgreSQL when `database` is given, with DATABASE_URL, so every process
 * follows the same feeds and claims each item once; else DATA_DIR's database), follows the feeds
 * of FEEDS_FILE and starts the poller, which writes its drafts into the briefings folder (through
 * `writes`) for review.
 */
export async function startFeeds(deps: {
  config: Config;
  log: Logger;
  /** The briefings folder, where drafts are written. */
  dir: string;
  reload: (fileName: string) => void;
  /** How drafts are written: the folder alone unless given. */
  writes?: BriefingWrites;
  /** The shared database's pool, with DATABASE_URL. */
  database?: () => Promise<pg.Pool>;
  announce: (reply: Reply, key: string) => Promise<void>;
  /** Looks for due feeds this often; tests and the bench go faster. */
  tickMs?: number;
}): Promise<RunningFeeds> {
  const { config, log } = deps;
  const store = await openFeedStore(config, deps.database);
  const minute = 60_000;
  const poller = createFeedPoller({
    store,
    limits: {
      timeoutMs: config.FEED_TIMEOUT_SECONDS * 1000,
      maxBytes: config.FEED_MAX_BYTES,
      allowPrivate: config.FEED_ALLOW_PRIVATE,
    },
    drafts: { dir: deps.dir, reload: deps.reload, ...(deps.writes ? { writes: deps.writes } : {}) },
    settings: {
      intervalMs: config.FEED_POLL_MINUTES * minute,
      maxCacheMs: config.FEED_MAX_CACHE_MINUTES * minute,
      retryMs: minute,
      firstReadItems: config.FEED_FIRST_READ_ITEMS,
      maxFailures: config.FEED_MAX_FAILURES,
      concurrency: 8,
      tickMs: deps.tickMs ?? 5000,
    },
    log: log.child({ part: 'feeds' }),
    onPaused: (feed, reason) =>
      deps.announce(pausedReply(feed, reason), `feed-${feed.id}-paused-${feed.failures}`),
  });
  const service = createFeedService({ store, poller, allowPrivate: config.FEED_ALLOW_PRIVATE });
  if (config.FEEDS_FILE) await followFeedsFile(config, store, log);
  poller.start();
  return {
    service,
    poller,
    store,
    async stop() {
      await poller.stop();
      await store.close();
    },
  };
}

async function openFeedStore(
  config: Config,
  database: (() => Promise<pg.Pool>) | undefined,
): Promise<FeedStore> {
  if (database) return createPostgresFeedStore(await database());
  mkdirSync(config.DATA_DIR, { recursive: true });
  return createSqliteFeedStore(join(config.DATA_DIR, 'briefbot.sqlite'));
}

/**
 * Follows the feeds FEEDS_FILE lists and stops following those it listed before and no longer
 * does (feeds added with /feeds stay). A file that cannot be read changes nothing: a typo in a
 * deployment must not drop every feed.
 */
async function followFeedsFile(config: Config, store: FeedStore, log: Logger): Promise<void> {
  const file = config.FEEDS_FILE;
  if (!file) return;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    log.error({ err: error, file }, 'cannot read the feeds file; the feeds followed are kept');
    return;
  }
  const listed = new Set<string>();
  for (const url of feedsFileUrls(text)) {
    try {
      // Checked as /feeds add checks it; the store keeps one entry per URL across restarts.
      const checked = await checkFeedUrl(url, config.FEED_ALLOW_PRIVATE);
      listed.add(checked);
      await store.add(checked, 'config', new Date());
    } catch (error) {
      log.error({ url, file, reason: (error as Error).message }, 'feed in the feeds file refused');
    }
  }
  for (const feed of await store.list()) {
    if (feed.addedBy !== 'config' || listed.has(feed.url)) continue;
    await store.remove(feed.id);
    log.info(
      { feed: feed.id, url: feed.url, file },
      'feed no longer in the feeds file: unfollowed',
    );
  }
}
