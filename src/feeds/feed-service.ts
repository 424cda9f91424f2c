import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPermitted } from './address-policy.ts';
import { FeedRefusal, type FeedService, type FeedView } from './feed-contract.ts';
import type { FeedPoller } from './feed-poller.ts';
import type { Feed, FeedStore } from './feed-store.ts';
import type { FetchLimits } from './safe-fetch.ts';

/** How a time is shown in `/feeds list`: minutes, UTC, with the date when it is not today. */
function when(date: Date | undefined, now: Date): string {
  if (date === undefined) return 'not read yet';
  const iso = date.toISOString();
  const sameDay = iso.slice(0, 10) === now.toISOString().slice(0, 10);
  return `read ${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`;
}

/**
 * Checks a feed URL before it is followed: http or https, no credentials, and a host that
 * resolves only to public addresses (unless private ones are allowed). Every fetch checks again,
 * on every redirect, since DNS answers change.
 */
export async function checkFeedUrl(
  raw: string,
  allowPrivate: FetchLimits['allowPrivate'],
): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FeedRefusal('that is not a web address (it should start with https://)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FeedRefusal('only http and https feeds can be followed');
  if (url.username || url.password)
    throw new FeedRefusal('addresses with a user name or password are not followed');
  url.hash = '';
  if (allowPrivate === true) return url.toString();
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new FeedRefusal(`${host} cannot be found`);
  }
  if (addresses.length === 0 || !addresses.every((a) => isPermitted(a, allowPrivate)))
    throw new FeedRefusal(`${host} points at a private or local address`);
  return url.toString();
}

/** The feeds as the `/feeds` commands see them, over a store and the poller. */
export function createFeedService(deps: {
  store: FeedStore;
  poller: Pick<FeedPoller, 'pollNow'>;
  allowPrivate: FetchLimits['allowPrivate'];
  now?: () => Date;
}): FeedService {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const view = async (feed: Feed): Promise<FeedView> => {
    const counts = await store.counts(feed.id);
    return {
      id: feed.id,
      url: feed.url,
      ...(feed.title ? { title: feed.title } : {}),
      lastPoll: when(feed.lastPolledAt, now()),
      seen: counts.seen,
      drafted: counts.drafted,
      ...(feed.lastError ? { lastError: feed.lastError } : {}),
      ...(feed.pausedReason ? { pausedReason: feed.pausedReason } : {}),
    };
  };
  return {
    async add(raw, addedBy) {
      const url = await checkFeedUrl(raw, deps.allowPrivate);
      const { feed, added } = await store.add(url, addedBy, now());
      if (!added && feed.pausedReason !== undefined) {
        // Adding a paused feed again is how an editor says its problem is fixed.
        await store.update(feed.id, { pausedReason: undefined, failures: 0, nextPollAt: now() });
      }
      // Read at once, in the background: the editor's answer does not wait for the feed.
      void deps.poller.pollNow(feed.id);
      return { feed: await view((await store.get(feed.id)) ?? feed), added };
    },
    async list() {
      return Promise.all((await store.list()).map(view));
    },
    async remove(id) {
      const feed = await store.get(id);
      if (feed === undefined) return undefined;
      const shown = await view(feed);
      await store.remove(id);
      return shown;
    },
  };
}
