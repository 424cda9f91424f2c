import { parseFeed } from 'feedsmith';
import { FeedFormatError } from './feed-errors.ts';
import { plainText } from './plain-text.ts';

/** One entry of a feed, whatever its format, as the poller needs it. */
export interface FeedItem {
  /** What identifies the item across polls: its guid or id, else its link, else title and date. */
  key: string;
  title: string;
  link?: string;
  /** When it was published or updated, if the feed says (ms since the epoch). */
  published?: number;
}

export interface ReadFeed {
  title: string;
  /** Newest first; items without a date keep the feed's own order after the dated ones. */
  items: FeedItem[];
}

type Loose = Record<string, unknown>;

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string')
    return (value as Loose).value as string;
  return undefined;
};

const time = (...values: unknown[]): number | undefined => {
  for (const value of values) {
    const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(parsed)) return parsed;
  }
  return undefined;
};

function itemOf(raw: Loose, format: string): FeedItem | undefined {
  const title = plainText(text(raw.title) ?? '').slice(0, 300);
  let link: string | undefined;
  let id: string | undefined;
  let published: number | undefined;
  if (format === 'atom') {
    const links = (raw.links as Loose[] | undefined) ?? [];
    const alternate = links.find((l) => l.rel === undefined || l.rel === 'alternate');
    link = text(alternate?.href);
    id = text(raw.id);
    published = time(raw.published, raw.updated);
  } else if (format === 'json') {
    link = text(raw.url) ?? text(raw.external_url);
    id = raw.id === undefined ? undefined : String(raw.id);
    published = time(raw.date_published, raw.date_modified);
  } else {
    link = text(raw.link);
    id = text(raw.guid);
    published = time(raw.pubDate, (raw.dc as Loose | undefined)?.date);
  }
  const key = id?.trim() || link?.trim() || (title ? `${title}|${published ?? ''}` : undefined);
  if (key === undefined) return undefined;
  return {
    key: key.slice(0, 1000),
    title: title || '(untitled)',
    ...(link ? { link: link.trim() } : {}),
    ...(published === undefined ? {} : { published }),
  };
}

/**
 * Reads an RSS 2.0, Atom, RDF or JSON Feed body with feedsmith, a maintained parser of every
 * format, and keeps what the poller needs. Throws FeedFormatError on anything else.
 */
export function readFeed(body: string): ReadFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body.trimStart().startsWith('{') ? JSON.parse(body) : body);
  } catch (error) {
    throw new FeedFormatError(`not a readable feed (${(error as Error).message})`);
  }
  const feed = parsed.feed as Loose;
  const raws =
    ((parsed.format === 'atom' ? feed.entries : feed.items) as Loose[] | undefined) ?? [];
  const items = raws
    .map((raw) => itemOf(raw, parsed.format))
    .filter((item): item is FeedItem => item !== undefined);
  const order = new Map(items.map((item, index) => [item, index]));
  items.sort(
    (a, b) =>
      (b.published ?? Number.NEGATIVE_INFINITY) - (a.published ?? Number.NEGATIVE_INFINITY) ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  return { title: plainText(text(feed.title) ?? '').slice(0, 200) || 'Untitled feed', items };
}
