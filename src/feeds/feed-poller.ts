import pLimit from 'p-limit';
import type { Logger } from '../logger.ts';
import type { DraftItemDeps } from './draft-item.ts';
import { FeedFormatError, ItemSkipped, PageUnavailable } from './feed-errors.ts';
import type { Feed, FeedStore } from './feed-store.ts';
import { nextAfterFailure, nextAfterSuccess, type PollTiming } from './poll-schedule.ts';
import type { FeedItem } from './read-feed.ts';
import { FetchError, type FetchLimits, safeFetch } from './safe-fetch.ts';

export interface PollerSettings extends PollTiming {
  /** On a feed's first read, only this many of its newest items are drafted. */
  firstReadItems: number;
  /** Failures in a row after which a feed is paused. */
  maxFailures: number;
  /** Feeds read at once; one slow feed holds one of these, never the others. */
  concurrency: number;
  /** How often due feeds are looked for. */
  tickMs: number;
}

export interface PollerDeps {
  store: FeedStore;
  limits: FetchLimits;
  drafts: Omit<DraftItemDeps, 'limits' | 'now' | 'cpu'>;
  settings: PollerSettings;
  log: Logger;
  now?: () => Date;
  /** Told when a feed is paused, to announce it; must not throw. */
  onPaused?: (feed: Feed, reason: string) => Promise<void>;
  /** Told of each draft made (the bench times them); must not throw. */
  onDrafted?: (draftId: string, feed: Feed) => void;
}

export interface FeedPoller {
  /** Reads every feed that is due now and waits for them. */
  pollDue(): Promise<void>;
  /** Reads one feed now, due or not (a newly added feed); never rejects. */
  pollNow(id: number): Promise<void>;
  start(): void;
  /** Stops looking for due feeds and waits for reads under way. */
  stop(): Promise<void>;
}

/**
 * The code that reads a feed (feedsmith) and drafts its items (the article extractor, the drafting
 * rules): most of what the feeds load, about 0.6 s on an idle machine, and 1 to 3 s of a restart at
 * 100,000 briefings, where it waits its turns behind the indexes being put back. A bot with no
 * feed to read never needs it, so it is loaded at the first read.
 */
let readingCode:
  | Promise<[typeof import('./read-feed.ts'), typeof import('./draft-item.ts')]>
  | undefined;
const loadReadingCode = () =>
  (readingCode ??= Promise.all([import('./read-feed.ts'), import('./draft-item.ts')]));

/** How many polls may try an article page that failed for a passing reason. */
const PAGE_TRIES = 3;

/** A reason fit for `/feeds list`: the fetcher's and parser's words, not a stack trace. */
function reasonOf(error: unknown): string {
  if (error instanceof FetchError || error instanceof FeedFormatError) return error.message;
  return `unexpected error: ${(error as Error)?.message ?? String(error)}`.slice(0, 300);
}

/**
 * Reads feeds on their schedules: conditional GETs, new items drafted for review, a doubling
 * delay after each failure and a pause after too many. Every read is independent: a slow or
 * broken feed fails on its own timeout and never delays the rest.
 */
export function createFeedPoller(deps: PollerDeps): FeedPoller {
  const { store, settings, log } = deps;
  const now = deps.now ?? (() => new Date());
  const limit = pLimit(settings.concurrency);
  // Fetching runs `concurrency` feeds at once; the CPU work of drafting runs one stretch at a
  // time, each after a turn of the event loop, so that readers are never queued behind it.
  const cpuQueue = pLimit(1);
  const cpu = <T>(work: () => T): Promise<T> =>
    cpuQueue(
      () =>
        new Promise<T>((resolve, reject) => {
          setImmediate(() => {
            try {
              resolve(work());
            } catch (error) {
              reject(error);
            }
          });
        }),
    );
  const reading = new Map<number, Promise<void>>();
  const pageFailures = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  async function draftNew(feed: Feed, items: FeedItem[]) {
    const [, { draftItem }] = await loadReadingCode();
    // On the first read, the older items are noted as seen without drafting: a new feed should
    // not flood the review channel with its whole archive.
    const draftable = feed.primed ? items.length : settings.firstReadItems;
    for (const [index, item] of items.entries()) {
      if (!(await store.claimItem(feed.id, item.key, now()))) continue;
      if (index >= draftable) {
        await store.settleItem(feed.id, item.key, { error: 'older than the first read drafts' });
        continue;
      }
      try {
        const id = await draftItem(item, feed, { ...deps.drafts, limits: deps.limits, now, cpu });
        await store.settleItem(feed.id, item.key, { draftId: id });
        log.info({ feed: feed.id, item: item.key, draft: id }, 'feed item drafted');
        deps.onDrafted?.(id, feed);
      } catch (error) {
        const reason =
          error instanceof ItemSkipped ||
          error instanceof FetchError ||
          error instanceof PageUnavailable
            ? error.message
            : reasonOf(error);
        // A page that timed out or answered a server error is tried again at the next polls,
        // a few times; the count lives in memory, so a restart grants a few more tries at most.
        const transient = error instanceof FetchError || error instanceof PageUnavailable;
        const tries = (pageFailures.get(`${feed.id} ${item.key}`) ?? 0) + 1;
        if (transient && tries < PAGE_TRIES) {
          pageFailures.set(`${feed.id} ${item.key}`, tries);
          await store.releaseItem(feed.id, item.key);
          log.warn(
            { feed: feed.id, item: item.key, reason, tries },
            'feed item page failed; will retry',
          );
          continue;
        }
        pageFailures.delete(`${feed.id} ${item.key}`);
        await store.settleItem(feed.id, item.key, { error: reason });
        log.warn({ feed: feed.id, item: item.key, reason }, 'feed item not drafted');
      }
    }
  }

  async function fail(feed: Feed, error: unknown): Promise<void> {
    const reason = reasonOf(error);
    const failures = feed.failures + 1;
    const paused = failures >= settings.maxFailures;
    const pausedReason = paused
      ? `${failures} failures in a row, the last: ${reason}. /feeds add ${feed.url} resumes it.`
      : undefined;
    await store.update(feed.id, {
      failures,
      lastError: reason,
      lastPolledAt: now(),
      nextPollAt: new Date(nextAfterFailure(failures, settings, now().getTime())),
      ...(paused ? { pausedReason } : {}),
    });
    log.warn({ feed: feed.id, url: feed.url, failures, reason, paused }, 'feed read failed');
    if (paused && pausedReason) await deps.onPaused?.({ ...feed, failures, pausedReason }, reason);
  }

  async function read(feed: Feed): Promise<void> {
    try {
      const headers: Record<string, string> = {
        accept:
          'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
      };
      if (feed.etag) headers['if-none-match'] = feed.etag;
      if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
      const answer = await safeFetch(feed.url, headers, deps.limits);
      const next = new Date(nextAfterSuccess(answer.headers, settings, now().getTime()));
      if (answer.status === 304) {
        await store.update(feed.id, {
          failures: 0,
          lastError: undefined,
          lastPolledAt: now(),
          nextPollAt: next,
        });
        return;
      }
      if (answer.status !== 200) throw new FetchError(`the feed answered HTTP ${answer.status}`);
      const [{ readFeed }] = await loadReadingCode();
      const parsed = await cpu(() => readFeed(answer.body));
      const etag = answer.headers.etag;
      const lastModified = answer.headers['last-modified'];
      await store.update(feed.id, {
        title: parsed.title,
        etag: typeof etag === 'string' ? etag : undefined,
        lastModified: typeof lastModified === 'string' ? lastModified : undefined,
      });
      await draftNew(feed, parsed.items);
      await store.update(feed.id, {
        primed: true,
        failures: 0,
        lastError: undefined,
        lastPolledAt: now(),
        nextPollAt: next,
      });
    } catch (error) {
      await fail(feed, error).catch((failure: unknown) =>
        log.error({ err: failure, feed: feed.id }, 'could not record a feed failure'),
      );
    }
  }

  /** Reads a feed unless a read of it is already under way (then waits for that one). */
  function readOnce(feed: Feed): Promise<void> {
    const under = reading.get(feed.id);
    if (under) return under;
    const work = limit(() => read(feed)).finally(() => reading.delete(feed.id));
    reading.set(feed.id, work);
    return work;
  }

  /** Starts a read of every feed due now; each finishes on its own. */
  async function launchDue(): Promise<Promise<void>[]> {
    const time = now().getTime();
    const due = (await store.list()).filter(
      (feed) => feed.pausedReason === undefined && feed.nextPollAt.getTime() <= time,
    );
    return due.map(readOnce);
  }

  async function pollDue(): Promise<void> {
    await Promise.all(await launchDue());
  }

  return {
    pollDue,
    async pollNow(id) {
      try {
        const feed = await store.get(id);
        if (feed) await readOnce(feed);
      } catch (error) {
        log.error({ err: error, feed: id }, 'feed read failed to start');
      }
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        // A tick only starts reads; it never waits for them, so a slow feed delays no other.
        if (ticking) return;
        ticking = launchDue()
          .then(() => undefined)
          .catch((error: unknown) => log.error({ err: error }, 'feed poll failed'))
          .finally(() => {
            ticking = undefined;
          });
      }, settings.tickMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await ticking;
      await Promise.allSettled([...reading.values()]);
    },
  };
}
