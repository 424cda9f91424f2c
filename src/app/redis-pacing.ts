import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pace } from '../platform.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Pacing shared by every process on one Redis (rate-limiter-flexible's fixed one-second windows,
 * counted atomically in Redis). `onWait` hears each wait (metrics). When Redis cannot be reached
 * the call goes ahead unpaced: the platforms' own 429 handling still stands behind it, and a
 * digest is not held back by a helper being down.
 */
export function createRedisPacing(
  url: string,
  prefix: string,
  onWait: (key: string, waitedMs: number) => void = () => {},
): { pace: Pace; close(): Promise<void> } {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2000 });
  // A lost connection shows on the commands themselves (and is let through, below); without a
  // listener, ioredis would report each reconnection attempt as an unhandled error.
  redis.on('error', () => {});
  const limiters = new Map<number, RateLimiterRedis>();
  const limiterFor = (perSecond: number) => {
    let limiter = limiters.get(perSecond);
    if (limiter === undefined) {
      limiter = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}pace:${perSecond}`,
        points: perSecond,
        duration: 1,
      });
      limiters.set(perSecond, limiter);
    }
    return limiter;
  };
  return {
    async pace(key, perSecond, cost = 1) {
      const limiter = limiterFor(perSecond);
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
          await sleep(Math.max(refusal.msBeforeNext, 5));
        }
      }
      if (held) onWait(key, Date.now() - started);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
