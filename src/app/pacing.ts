import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pace } from '../platform.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How far apart in time the calls of one group may reach the platform and still be counted as
 * the pacing meant. The platform counts its own one-second windows, from the first call to
 * arrive; calls let through together reach it spread out (a quicker connection, a busier event
 * loop, another process), and a 429 costs far more than the margin (Slack holds the channel for
 * a second, discord.js stops every request of the process for the whole Retry-After). 50 ms
 * covers that spread on a busy machine with three processes sharing two cores (25 ms did not, in
 * the bench's several-processes section), at the cost of 5% of the pace.
 */
export const ARRIVAL_MARGIN_MS = 50;

/**
 * Calls let through at once, at most. A group's calls reach the platform spread over a few
 * milliseconds for each call in it, so a large group (Discord's 50 at once) spreads past any
 * margin; small groups, spaced out, keep the spread small and the pace near the platform's limit.
 */
export const MAX_GROUP = 5;

/**
 * How `perSecond` calls a second are let through: `points` at a time, one group every
 * `durationMs`. With `points` dividing `perSecond`, and the groups spaced by
 * `points × (1000 + margin) / perSecond` ms, any one second of the platform's, wherever it starts,
 * holds at most `perSecond` calls as long as their arrival times wander by less than the margin:
 * a second plus the margin spans fewer than `perSecond / points` group spacings. One call a
 * second is then one call every 1,050 ms; Discord's 50 a second, groups of 5 every 105 ms.
 */
export function groupsFor(perSecond: number): { points: number; durationMs: number } {
  if (!Number.isInteger(perSecond) || perSecond < 1)
    return { points: 1, durationMs: (1000 + ARRIVAL_MARGIN_MS) / perSecond };
  let points = Math.min(MAX_GROUP, perSecond);
  while (perSecond % points !== 0) points--;
  return { points, durationMs: (points * (1000 + ARRIVAL_MARGIN_MS)) / perSecond };
}

/**
 * A `Pace` over rate-limiter-flexible: for each rate, one limiter whose window holds one group
 * (`groupsFor`). `limiterFor` says where the windows are counted: in Redis for every process, or
 * in this process's memory. `onWait` hears each call that had to wait (metrics).
 *
 * Within a process the calls under one key take turns, first come first served, and only the
 * one whose turn it is asks the limiter: otherwise every waiting call would ask again each time
 * a window closes, hundreds of requests to Redis per window in a large fan-out. (The library's
 * RateLimiterQueue does the same, but it keeps a queue for every key it ever saw, one per Slack
 * channel here, and does not tell whether a call waited.) A limiter that fails (Redis cannot be
 * reached) lets the call go ahead unpaced: the platforms' own 429 handling still stands behind
 * it, and a digest is not held back by a helper being down.
 */
export function createPacing(
  limiterFor: (group: { points: number; durationMs: number }) => RateLimiterAbstract,
  onWait: (key: string, waitedMs: number) => void = () => {},
): Pace {
  const limiters = new Map<number, { limiter: RateLimiterAbstract; points: number }>();
  /** The last call in line under each key; removed when it is done and nobody queued behind. */
  const lines = new Map<string, Promise<boolean>>();

  const limiterOf = (perSecond: number) => {
    let entry = limiters.get(perSecond);
    if (entry === undefined) {
      const group = groupsFor(perSecond);
      entry = { limiter: limiterFor(group), points: group.points };
      limiters.set(perSecond, entry);
    }
    return entry;
  };

  /** Takes `points` from the limiter, waiting for windows to close; true if it had to wait. */
  const take = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    for (let waited = false; ; waited = true) {
      try {
        await limiter.consume(key, points);
        return waited;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) return waited;
        await sleep(Math.max(refusal.msBeforeNext, 0));
      }
    }
  };

  return async (key, perSecond, cost = 1) => {
    const { limiter, points } = limiterOf(perSecond);
    const started = Date.now();
    const before = lines.get(key);
    // A call waited if the limiter held it back, or held back a call it queued behind.
    const turn = (before ?? Promise.resolve(false)).then(async (waitedAhead) => {
      let waited = waitedAhead;
      // A call costing more than a group takes several groups in turn.
      for (let left = cost; left > 0; left -= points)
        if (await take(limiter, key, Math.min(left, points))) waited = true;
      return waited;
    });
    const settled = turn.catch(() => false);
    lines.set(key, settled);
    try {
      if (await turn) onWait(key, Date.now() - started);
    } finally {
      if (lines.get(key) === settled) lines.delete(key);
    }
  };
}

/**
 * Pacing within this process, when no Redis is shared: one process posting alone keeps to the
 * same limits as several sharing Redis would.
 */
export function createMemoryPacing(onWait?: (key: string, waitedMs: number) => void): {
  pace: Pace;
  close(): Promise<void>;
} {
  const pace = createPacing(
    ({ points, durationMs }) => new RateLimiterMemory({ points, duration: durationMs / 1000 }),
    onWait,
  );
  return { pace, close: async () => {} };
}
