/**
 * Lets each thing through once for a while: a signed request (so a replay is refused) or an
 * event id (so Slack's redelivery of a handled event is dropped). In one process the memory
 * below does; behind a load balancer every process must share it (Redis, see REDIS_URL).
 */
export interface SeenOnce {
  /** True the first time `key` is offered within `ttlSeconds`; false after that. */
  first(key: string, ttlSeconds: number): Promise<boolean>;
}

/**
 * The one-process memory: at most `limit` keys, the oldest forgotten first. A Map iterates in
 * insertion order, so the first entry is always the oldest; expired keys are let through again.
 */
export function createMemorySeenOnce(limit = 10_000, now: () => number = Date.now): SeenOnce {
  const seen = new Map<string, number>();
  return {
    async first(key, ttlSeconds) {
      const at = now();
      const until = seen.get(key);
      if (until !== undefined && until > at) return false;
      seen.delete(key);
      seen.set(key, at + ttlSeconds * 1000);
      if (seen.size > limit) {
        const oldest = seen.keys().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}
