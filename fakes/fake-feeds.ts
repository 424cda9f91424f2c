import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One story a fake feed lists, with the article page it links to. */
export interface FakeStory {
  id: string;
  title: string;
  /** ISO date and time. */
  published: string;
  paragraphs: string[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A feed the fake serves at a path: its stories, format and caching headers. */
export interface FakeFeed {
  format: FeedFormat;
  title: string;
  stories: FakeStory[];
  /** Sent as ETag; a request with a matching If-None-Match gets 304. */
  etag?: string;
  cacheControl?: string;
}

/** What the fake saw: each request's path and conditional header, and what it answered. */
export interface FeedRequest {
  path: string;
  ifNoneMatch?: string;
  status: number;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(feed: FakeFeed, base: string): string {
  const items = feed.stories
    .map(
      (s) =>
        `<item><title>${xml(s.title)}</title><link>${base}/articles/${s.id}</link><guid isPermaLink="false">${s.id}</guid><pubDate>${new Date(s.published).toUTCString()}</pubDate><description>${xml(`<p>${s.paragraphs[0] ?? ''}</p>`)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(feed.title)}</title><link>${base}/</link><description>Test feed</description>${items}</channel></rss>`;
}

function atom(feed: FakeFeed, base: string): string {
  const entries = feed.stories
    .map(
      (s) =>
        `<entry><id>urn:story:${s.id}</id><title>${xml(s.title)}</title><link rel="alternate" href="${base}/articles/${s.id}"/><updated>${s.published}</updated><published>${s.published}</published></entry>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(feed.title)}</title><id>urn:feed:${xml(feed.title)}</id><updated>2025-03-03T00:00:00Z</updated>${entries}</feed>`;
}

function jsonFeed(feed: FakeFeed, base: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    items: feed.stories.map((s) => ({
      id: s.id,
      url: `${base}/articles/${s.id}`,
      title: s.title,
      date_published: s.published,
      content_text: s.paragraphs[0] ?? '',
    })),
  });
}

/** A news page as sites serve them: navigation, adverts and a footer around the story. */
export function articlePage(story: FakeStory, site = 'Test Times'): string {
  const body = story.paragraphs.map((p) => `<p>${xml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${xml(story.title)} | ${site}</title>
<meta property="og:site_name" content="${site}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now for one pound a week</a></li></ul></nav></header>
<aside class="advert"><p>ADVERTISEMENT: Buy the new Widget Pro today, the best widget money can buy, with free delivery on every order.</p></aside>
<main><article><h1>${xml(story.title)}</h1>
${body}
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Celebrity spotted buying bread</a></li><li><a href="/b">Ten ways to cook rice</a></li></ul></aside>
<footer><p>Copyright Test Times 2025. All rights reserved. Cookie policy. Privacy.</p></footer>
</body></html>`;
}

/**
 * A news site on 127.0.0.1 serving feeds (RSS 2.0, Atom, JSON Feed) and the article pages they
 * link to, with ETag/304, and routes that fail the ways real feeds do: a 500, a slow answer, an
 * oversized body, malformed XML.
 */
export async function startFakeFeeds() {
  const feeds = new Map<string, FakeFeed>();
  const stories = new Map<string, FakeStory>();
  const requests: FeedRequest[] = [];
  /** Stories whose page answers 503 this many more times. */
  const pagesDown = new Map<string, number>();
  let slowMs = 2000;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    const answer = (status: number, type: string, body: string, headers = {}) => {
      requests.push({ path, status, ...(ifNoneMatch ? { ifNoneMatch } : {}) });
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const feed = feeds.get(path);
    if (feed) {
      const headers = {
        ...(feed.etag ? { etag: feed.etag } : {}),
        ...(feed.cacheControl ? { 'cache-control': feed.cacheControl } : {}),
      };
      if (feed.etag && ifNoneMatch === feed.etag) return answer(304, 'text/plain', '', headers);
      const base = `http://127.0.0.1:${port}`;
      if (feed.format === 'json')
        return answer(200, 'application/feed+json', jsonFeed(feed, base), headers);
      const body = feed.format === 'rss' ? rss(feed, base) : atom(feed, base);
      return answer(200, `application/${feed.format}+xml`, body, headers);
    }
    const story = path.startsWith('/articles/') ? stories.get(path.slice(10)) : undefined;
    const down = story ? pagesDown.get(story.id) : undefined;
    if (story && down !== undefined && down > 0) {
      pagesDown.set(story.id, down - 1);
      return answer(503, 'text/plain', 'try again later');
    }
    if (story) return answer(200, 'text/html; charset=utf-8', articlePage(story));
    switch (path) {
      case '/broken':
        return answer(500, 'text/plain', 'internal error');
      case '/malformed.xml':
        return answer(
          200,
          'application/rss+xml',
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Bad<item><title>Never closed',
        );
      case '/huge.xml':
        return answer(
          200,
          'application/rss+xml',
          `<?xml version="1.0"?><rss version="2.0"><channel><title>${'x'.repeat(3 * 1024 * 1024)}</title></channel></rss>`,
        );
      case '/slow.xml': {
        const timer = setTimeout(
          () =>
            answer(
              200,
              'application/rss+xml',
              '<rss version="2.0"><channel><title>Slow</title></channel></rss>',
            ),
          slowMs,
        );
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case '/redirect':
        return answer(302, 'text/plain', '', {
          location: new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/',
        });
      default:
        return answer(404, 'text/plain', 'not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    /** Serves a feed at `path` (`/news.xml`); its stories' pages are served too. */
    setFeed(path: string, feed: FakeFeed) {
      feeds.set(path, feed);
      for (const story of feed.stories) stories.set(story.id, story);
    },
    /** Takes a story's page down: its link answers 404 from now on. */
    dropPage(id: string) {
      stories.delete(id);
    },
    /** Makes a story's page answer 503 for its next `times` requests. */
    failPage(id: string, times: number) {
      pagesDown.set(id, times);
    },
    /** How long `/slow.xml` takes to answer. */
    setSlowMs(ms: number) {
      slowMs = ms;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export type FakeFeeds = Awaited<ReturnType<typeof startFakeFeeds>>;

/** A story with quotes that `derive` can attribute, numbered so each is its own. */
export function sampleStory(n: number, published: string, topic = 'harbour'): FakeStory {
  return {
    id: `${topic}-story-${n}`,
    title: `Council agrees ${topic} plan number ${n}`,
    published,
    paragraphs: [
      `The city council agreed the ${topic} plan number ${n} on Monday after months of talks with local businesses and residents about costs.`,
      `"This is a good day for the ${topic} and for everyone who works here," said Jane Smith, the leader of the council, speaking to reporters.`,
      `Tom Brown, the chair of the business group, said the plan would protect jobs for years to come and keep the ${topic} open.`,
      `The work is expected to start next spring and to take about two years, the council said in a statement on its website.`,
    ],
  };
}
