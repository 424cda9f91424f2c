import type { IncomingHttpHeaders } from 'node:http';

/** How often feeds are read, and how failures slow that down. */
export interface PollTiming {
  /** The usual gap between two reads of a feed. */
  intervalMs: number;
  /** The longest a feed's Cache-Control may hold off the next read. */
  maxCacheMs: number;
  /** The first retry after a failure; each further failure doubles it, up to `intervalMs × 16`. */
  retryMs: number;
}

/**
 * When to read a feed next after a good answer: the usual interval, or longer when the feed's
 * Cache-Control asks (max-age), never longer than the cap. A feed never makes itself read sooner.
 */
export function nextAfterSuccess(
  headers: IncomingHttpHeaders,
  timing: PollTiming,
  now: number,
): number {
  const cacheControl = String(headers['cache-control'] ?? '');
  const maxAge = /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  const askedMs = maxAge?.[1] ? Number(maxAge[1]) * 1000 : 0;
  return now + Math.max(timing.intervalMs, Math.min(askedMs, timing.maxCacheMs));
}

/** When to try again after the n-th failure in a row: a delay that doubles, with a ceiling. */
export function nextAfterFailure(failures: number, timing: PollTiming, now: number): number {
  const growth = 2 ** Math.min(Math.max(failures - 1, 0), 20);
  return now + Math.min(timing.retryMs * growth, timing.intervalMs * 16);
}
