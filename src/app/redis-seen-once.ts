import type { SeenOnce } from '../adapters/slack/seen-once.ts';
import { newRedisClient } from './redis-client.ts';

/**
 * The shared memory of what was seen, on Redis, for several processes behind a load balancer:
 * `SET key 1 EX ttl NX` is atomic, so of two processes offered the same key at once exactly one
 * gets it. Keys expire by themselves.
 */
export function createRedisSeenOnce(
  url: string,
  prefix: string,
): SeenOnce & { close(): Promise<void> } {
  const redis = newRedisClient(url);
  return {
    async first(key, ttlSeconds) {
      const answer = await redis.set(`${prefix}${key}`, '1', 'EX', Math.ceil(ttlSeconds), 'NX');
      return answer === 'OK';
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
