import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';

const require = createRequire(import.meta.url);

/**
 * A Redis client for the shared pacing and the shared memory of requests seen: a few quick
 * retries, then an error, and the caller decides what an unreachable Redis means.
 *
 * ioredis is loaded here, on first use, not imported at the top: a bot without REDIS_URL (the
 * console, a single process) then never loads it, about 80 ms of every start under the
 * TypeScript loader. The factories that call this are synchronous, so it is `require`d (ioredis
 * is a CommonJS package) rather than imported with `import()`.
 */
export function newRedisClient(url: string): Redis {
  const { Redis: Client } = require('ioredis') as typeof import('ioredis');
  return new Client(url, { maxRetriesPerRequest: 2, connectTimeout: 2000 });
}
