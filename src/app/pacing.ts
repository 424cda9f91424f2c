import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pace } from '../platform.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How much longer than the window a refused call waits. The calls let through open each window
 * together and reach the platform together; the platform counts its own one-second windows from
 * the first of them to arrive. Were the next window opened at exactly one second, a burst
 * reaching the platform a few milliseconds sooner than the last one (a quicker connection, a
 * less busy event loop) would land in the platform's old window and be refused. The first post
 * of a fan-out is the slowest (a new connection), and a 429 costs far more than the gap: Slack
 * holds the channel for a whole second, and discord.js stops every request of the process for
 * the second its Retry-After header says. 50 ms covers that jitter on a busy machine (25 ms did
 * not, in the bench's several-processes section), at the cost of 5% of the pace.
 */
export const WINDOW_GAP_MS = 50;

/**
 * A `Pace` over fixed one-second windows of rate-limiter-flexible, one limiter per rate (a
 * limiter's points are its rate). `limiterFor` says where the windows are counted: in Redis for
 * every process, or in this process's memory. `onWait` hears each wait (metrics). A limiter that
 * fails (Redis cannot be reached) lets the call go ahead unpaced: the platforms' own 429
 * handling still stands behind it, and a digest is not held back by a helper being down.
 */
export function createPacing(
  limiterFor: (perSecond: number) => RateLimiterAbstract,
  onWait: (key: string, waitedMs: number) => void = () => {},
): Pace {
  const limiters = new Map<number, RateLimiterAbstract>();
  return async (key, perSecond, cost = 1) => {
    let limiter = limiters.get(perSecond);
    if (limiter === undefined) {
      limiter = limiterFor(perSecond);
      limiters.set(perSecond, limiter);
    }
    // A cost above the window's points could never fit; it waits for an empty window instead.
    const points = Math.min(cost, perSecond);
    const started = Date.now();
    let held = false;
    for (;;) {
      try {
        await limiter.consume(key, points);
        break;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) break;
        held = true;
        await sleep(Math.max(refusal.msBeforeNext, 0) + WINDOW_GAP_MS);
      }
    }
    if (held) onWait(key, Date.now() - started);
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
    (perSecond) => new RateLimiterMemory({ points: perSecond, duration: 1 }),
    onWait,
  );
  return { pace, close: async () => {} };
}
