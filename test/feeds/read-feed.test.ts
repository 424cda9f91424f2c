import { describe, expect, it } from 'vitest';
import { articlePage, sampleStory } from '../../fakes/fake-feeds.ts';
import { extractArticle, storyText } from '../../src/feeds/article-text.ts';
import { FeedFormatError } from '../../src/feeds/feed-errors.ts';
import { plainText } from '../../src/feeds/plain-text.ts';
import { readFeed } from '../../src/feeds/read-feed.ts';

describe('reading feeds', () => {
  it('reads RSS 2.0 items newest first, keyed by guid, else link, else title and date', () => {
    const feed =
      readFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test &amp; Times</title>
      <item><title>Old</title><link>https://n.example/old</link><guid>g-old</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>
      <item><title>New</title><link>https://n.example/new</link><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate></item>
      <item><title>No link</title><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
      <item><description>nothing to know it by</description></item>
    </channel></rss>`);
    expect(feed.title).toBe('Test & Times');
    expect(feed.items).toEqual([
      {
        key: 'https://n.example/new',
        title: 'New',
        link: 'https://n.example/new',
        published: Date.UTC(2025, 2, 5, 10),
      },
      { key: 'No link|1741082400000', title: 'No link', published: Date.UTC(2025, 2, 4, 10) },
      {
        key: 'g-old',
        title: 'Old',
        link: 'https://n.example/old',
        published: Date.UTC(2025, 2, 3, 10),
      },
    ]);
  });

  it('reads Atom entries by id and their alternate link', () => {
    const feed =
      readFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>f</id><updated>2025-03-03T00:00:00Z</updated>
      <entry><id>urn:1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title><link rel="self" href="https://n.example/self"/><link rel="alternate" href="https://n.example/1"/><updated>2025-03-03T09:00:00Z</updated></entry>
    </feed>`);
    expect(feed.items).toEqual([
      {
        key: 'urn:1',
        title: 'Bold move',
        link: 'https://n.example/1',
        published: Date.UTC(2025, 2, 3, 9),
      },
    ]);
  });

  it('reads JSON Feed items', () => {
    const feed = readFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Json',
        items: [
          {
            id: 7,
            url: 'https://n.example/7',
            title: 'Seven',
            date_published: '2025-03-03T09:00:00Z',
          },
        ],
      }),
    );
    expect(feed.items).toEqual([
      { key: '7', title: 'Seven', link: 'https://n.example/7', published: Date.UTC(2025, 2, 3, 9) },
    ]);
  });

  it('refuses malformed XML and bodies that are no feed', () => {
    for (const body of [
      '<rss version="2.0"><channel><item><title>Never closed',
      '<html><body>hi</body></html>',
      '{"not":"a feed"}',
      'hello',
    ]) {
      expect(() => readFeed(body)).toThrow(FeedFormatError);
    }
  });

  it('reduces markup to text, so a title cannot ping or inject markup', () => {
    const feed = readFeed(`<rss version="2.0"><channel><title>T</title><item><guid>1</guid>
      <title>&lt;script&gt;alert(1)&lt;/script&gt;Hello &lt;a href="https://evil.example"&gt;there&lt;/a&gt;&#8203; &amp;amp; @everyone\u0007</title></item></channel></rss>`);
    expect(feed.items[0]?.title).toBe('alert(1)Hello there & @everyone');
    expect(plainText('<b>a</b>\n\n  b &lt;c&gt;')).toBe('a b <c>');
  });
});

describe('extracting the article from its page', () => {
  it('keeps the story’s paragraphs and drops navigation, adverts and the footer', () => {
    const story = sampleStory(1, '2025-03-03T10:00:00Z');
    const article = extractArticle(articlePage(story), 'http://127.0.0.1/articles/1');
    expect(article?.paragraphs).toEqual(story.paragraphs);
    expect(article?.siteName).toBe('Test Times');
    const text = storyText(
      { headline: story.title, paragraphs: article?.paragraphs ?? [] },
      Date.UTC(2025, 2, 3, 10),
    );
    expect(text.split('\n\n').slice(0, 2)).toEqual(['Monday, 3 March 2025', story.title]);
    expect(text).not.toMatch(/Subscribe|ADVERTISEMENT|Cookie|Most read/);
  });

  it('finds no article on a page without one', () => {
    expect(
      extractArticle(
        '<html><body><nav><a href="/">Home</a></nav></body></html>',
        'http://127.0.0.1/',
      ),
    ).toBeUndefined();
  });
});
