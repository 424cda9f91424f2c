import { describe, expect, it } from 'vitest';
import type { FeedStore } from '../../src/feeds/feed-store.ts';

const at = new Date('2026-12-01T08:00:00Z');
const later = new Date('2026-12-01T08:15:00Z');

/**
 * What every feed store must do, so the poller never depends on which it has. A backend's test
 * file calls this with a way to open an empty store; each test closes what it opened.
 */
export function describeFeedStore(name: string, open: () => Promise<FeedStore>): void {
  describe(`the feed store (${name})`, () => {
    it('adds a feed once per URL, due at once, and lists feeds oldest first', async () => {
      const store = await open();
      try {
        const a = await store.add('https://a.example/rss', 'U1', at);
        expect(a.added).toBe(true);
        expect(a.feed).toEqual({
          id: a.feed.id,
          url: 'https://a.example/rss',
          addedBy: 'U1',
          addedAt: at,
          nextPollAt: at,
          failures: 0,
          primed: false,
        });
        const again = await store.add('https://a.example/rss', 'U2', later);
        expect(again).toEqual({ feed: a.feed, added: false });
        const b = await store.add('https://b.example/atom', 'config', later);
        expect((await store.list()).map((f) => f.id)).toEqual([a.feed.id, b.feed.id]);
        expect(await store.get(b.feed.id)).toEqual(b.feed);
        expect(await store.get(b.feed.id + 100)).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('updates fields, and clears a field set to undefined', async () => {
      const store = await open();
      try {
        const { feed } = await store.add('https://a.example/rss', 'U1', at);
        await store.update(feed.id, {
          title: 'A & B',
          etag: '"v1"',
          lastModified: 'Mon, 01 Dec 2026 08:00:00 GMT',
          nextPollAt: later,
          lastPolledAt: at,
          failures: 2,
          lastError: 'the feed answered HTTP 500',
          pausedReason: 'too many failures',
          primed: true,
        });
        expect(await store.get(feed.id)).toEqual({
          ...feed,
          title: 'A & B',
          etag: '"v1"',
          lastModified: 'Mon, 01 Dec 2026 08:00:00 GMT',
          nextPollAt: later,
          lastPolledAt: at,
          failures: 2,
          lastError: 'the feed answered HTTP 500',
          pausedReason: 'too many failures',
          primed: true,
        });
        await store.update(feed.id, { lastError: undefined, pausedReason: undefined, failures: 0 });
        const cleared = await store.get(feed.id);
        expect(cleared?.lastError).toBeUndefined();
        expect(cleared?.pausedReason).toBeUndefined();
        expect(cleared?.failures).toBe(0);
        expect(cleared?.etag).toBe('"v1"');
      } finally {
        await store.close();
      }
    });

    it('claims an item only once per feed, and counts what became drafts', async () => {
      const store = await open();
      try {
        const a = (await store.add('https://a.example/rss', 'U1', at)).feed;
        const b = (await store.add('https://b.example/rss', 'U1', at)).feed;
        expect(await store.claimItem(a.id, 'guid-1', at)).toBe(true);
        expect(await store.claimItem(a.id, 'guid-1', later)).toBe(false);
        expect(await store.claimItem(b.id, 'guid-1', at)).toBe(true);
        const claims = await Promise.all([1, 2, 3].map(() => store.claimItem(a.id, 'guid-2', at)));
        expect(claims.filter(Boolean)).toHaveLength(1);
        await store.settleItem(a.id, 'guid-1', { draftId: 'harbour-deal' });
        await store.settleItem(a.id, 'guid-2', { error: 'no article text found on the page' });
        expect(await store.counts(a.id)).toEqual({ seen: 2, drafted: 1 });
        expect(await store.counts(b.id)).toEqual({ seen: 1, drafted: 0 });
      } finally {
        await store.close();
      }
    });

    it('gives back the claim on an item not drafted, but never on one drafted', async () => {
      const store = await open();
      try {
        const { feed } = await store.add('https://a.example/rss', 'U1', at);
        await store.claimItem(feed.id, 'page-down', at);
        await store.claimItem(feed.id, 'drafted', at);
        await store.settleItem(feed.id, 'drafted', { draftId: 'harbour-deal' });
        await store.releaseItem(feed.id, 'page-down');
        await store.releaseItem(feed.id, 'drafted');
        expect(await store.claimItem(feed.id, 'page-down', later)).toBe(true);
        expect(await store.claimItem(feed.id, 'drafted', later)).toBe(false);
      } finally {
        await store.close();
      }
    });

    it('removes a feed with what was seen of it', async () => {
      const store = await open();
      try {
        const { feed } = await store.add('https://a.example/rss', 'U1', at);
        await store.claimItem(feed.id, 'guid-1', at);
        expect(await store.remove(feed.id)).toBe(true);
        expect(await store.remove(feed.id)).toBe(false);
        expect(await store.list()).toEqual([]);
        const again = await store.add('https://a.example/rss', 'U1', later);
        expect(await store.claimItem(again.feed.id, 'guid-1', later)).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}
