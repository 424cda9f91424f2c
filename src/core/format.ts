import type { Statement } from '../content/briefing-schema.ts';
import type { BriefingHead } from '../content/lean-briefing.ts';
import type { Block, Invocation, Reply } from './reply.ts';
import { dateOfWhen } from './statement-date.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// Formatting a date through Intl is slow next to everything else in a reply, and the same few
// dates recur across statements and briefings.
const formatted = new Map<string, string>();
const FORMATTED_MAX = 10_000;

/** "20 Jul 2024" from a date or timestamp; the text as it is if it is not one. */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    text = Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(iso, text);
  }
  return text;
}

/** "Financial Times, republished by Dlight News". */
export function publisherLine(briefing: BriefingHead): string {
  const { publisher, originalPublisher } = briefing.source;
  return originalPublisher && originalPublisher !== publisher
    ? `${originalPublisher}, republished by ${publisher}`
    : publisher;
}

/** Where a statement comes from: the briefing, the publication, its date and paragraph. */
function statementSource(briefing: BriefingHead, statement: Statement): string {
  const parts = [
    `${publisherLine(briefing)}, ${formatDate(briefing.source.pageDate)}`,
    `¶${statement.paragraph}`,
    `/brief ${briefing.id}`,
  ];
  const said = [
    whenSaid(briefing, statement),
    statement.audience ? `to ${statement.audience}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return said ? `${said} · ${parts.join(' · ')}` : parts.join(' · ');
}

/**
 * When a statement was made, as a date a reader can place: its own date, or the article's words
 * ("on Tuesday") with the date they stand for in the week of the events reported, so that it is
 * never read against the page's (often later) date shown beside it.
 */
function whenSaid(briefing: BriefingHead, statement: Statement): string | undefined {
  if (statement.said) return `on ${formatDate(statement.said)}`;
  if (!statement.when) return undefined;
  const anchor = briefing.source.eventsDate ?? briefing.source.pageDate;
  const date = dateOfWhen(statement.when, anchor);
  return date ? `${statement.when} (${date})` : statement.when;
}

/** A statement as a quote block, with its sentence when the words alone would mislead. */
export function quoteBlock(
  briefing: BriefingHead,
  statement: Statement,
  speakerName: string,
): Block {
  return {
    type: 'quote',
    text: statement.text,
    kind: statement.kind,
    speaker: speakerName,
    ...(statement.kind === 'direct' ? {} : { context: statement.context }),
    source: statementSource(briefing, statement),
  };
}

/** One page of a list, and the page marker for the reply. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
  invocationFor: (page: number) => Invocation,
): { items: T[]; page?: Reply['page'] } {
  const { number, page: marker } = pageOf(items.length, page, perPage, invocationFor);
  const slice = items.slice((number - 1) * perPage, number * perPage);
  return marker ? { items: slice, page: marker } : { items: slice };
}

/**
 * Which page of `total` items to show (the last if `page` is past it), and the page marker for
 * the reply: for a list that is not held whole, such as the best search results.
 */
export function pageOf(
  total: number,
  page: number,
  perPage: number,
  invocationFor: (page: number) => Invocation,
): { number: number; page?: Reply['page'] } {
  const count = Math.max(1, Math.ceil(total / perPage));
  const number = Math.min(Math.max(1, page), count);
  if (count === 1) return { number };
  return {
    number,
    page: {
      number,
      count,
      ...(number < count ? { next: invocationFor(number + 1) } : {}),
      ...(number > 1 ? { previous: invocationFor(number - 1) } : {}),
    },
  };
}

/** A short plural: "1 statement", "3 statements". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
