import type { BriefingHead } from '../content/lean-briefing.ts';

/**
 * Orders ISO dates and slugs. Plain code-unit order is right for both, and unlike localeCompare it
 * costs nothing: it runs hundreds of thousands of times while a large library loads.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** When a briefing's events happened, for ordering: the events date, else the page date. */
export function eventTime(briefing: BriefingHead): string {
  return briefing.source.eventsDate ?? briefing.source.pageDate;
}

/** Most recently updated first, then most recent events, then by id. */
export function newestFirst(a: BriefingHead, b: BriefingHead): number {
  return (
    compare(b.updated, a.updated) || compare(eventTime(b), eventTime(a)) || compare(a.id, b.id)
  );
}
