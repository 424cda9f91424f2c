import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Pace } from '../platform.ts';
import { createPacing } from './pacing.ts';

/**
 * Pacing shared by every process on one Redis: rate-limiter-flexible's fixed one-second windows,
 * counted atomically in Redis (see pacing.ts for the waits, and for going ahead unpaced when
 * Redis cannot be reached).
 */
export function createRedisPacing(
  url: string,
  prefix: string,
  onWait: (key: string, waitedMs: number) => void = () => {},
): { pace: Pace; close(): Promise<void> } {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2000 });
  // A lost connection shows on the commands themselves (and is let through); without a
  // listener, ioredis would report each reconnection attempt as an unhandled error.
  redis.on('error', () => {});
  const pace = createPacing(
    (perSecond) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}pace:${perSecond}`,
        points: perSecond,
        duration: 1,
      }),
    onWait,
  );
  return {
    pace,
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
