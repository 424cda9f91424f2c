import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Pace } from '../platform.ts';
import { createPacing } from './pacing.ts';
import { newRedisClient } from './redis-client.ts';

/**
 * rate-limiter-flexible's own counting script with one change: the window is set in milliseconds
 * (`PX`), not whole seconds (`EX`), since a group's window is a fraction of a second (105 ms at
 * Discord's 50 a second). The library takes a replacement script for this, but hands it the
 * window as whole seconds (ARGV[2], rounded down: 0 for anything under a second, which it then
 * counts with no expiry at all). So the limiter below is given its window in milliseconds where
 * the library expects seconds, and this script reads ARGV[2] as milliseconds. Nothing else in
 * the library reads the window: the wait it reports comes from the key's time to live.
 */
const MILLISECOND_WINDOWS = `local ms = tonumber(ARGV[2])
redis.call('set', KEYS[1], 0, 'PX', ms, 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('pexpire', KEYS[1], ms)
  ttl = ms
end
return {consumed, ttl}`;

/**
 * Pacing shared by every process on one Redis: rate-limiter-flexible's fixed windows, counted
 * atomically in Redis (see pacing.ts for the groups, the turns within a process, and for going
 * ahead unpaced when Redis cannot be reached).
 */
export function createRedisPacing(
  url: string,
  prefix: string,
  onWait: (key: string, waitedMs: number) => void = () => {},
): { pace: Pace; close(): Promise<void> } {
  const redis = newRedisClient(url);
  // A lost connection shows on the commands themselves (and is let through); without a
  // listener, ioredis would report each reconnection attempt as an unhandled error.
  redis.on('error', () => {});
  const pace = createPacing(
    ({ points, durationMs }) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}pace:${points}:${durationMs}`,
        points,
        // Milliseconds, read so by the script (see MILLISECOND_WINDOWS).
        duration: Math.ceil(durationMs),
        customIncrTtlLuaScript: MILLISECOND_WINDOWS,
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
