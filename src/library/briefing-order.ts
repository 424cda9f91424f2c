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

/**
 * Takes `removed` out of a list sorted `newestFirst` and puts `added` where it belongs, in place:
 * one save need not sort 100,000 briefings again. The order is total (ids break ties), so the
 * list ends as a full sort would leave it.
 */
export function placeInSorted<B extends BriefingHead>(
  sorted: B[],
  removed: B | undefined,
  added: B | undefined,
): void {
  if (removed !== undefined) {
    const at = sorted.indexOf(removed);
    if (at >= 0) sorted.splice(at, 1);
  }
  if (added === undefined) return;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(sorted[middle] as B, added) < 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, added);
}
