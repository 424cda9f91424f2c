/**
 * Remembers the last `limit` ids seen, to answer each Slack event once: Slack redelivers an event
 * (with `X-Slack-Retry-Num`) when it thinks the first delivery failed, and it may not have.
 */
export function createRecentIds(limit = 1000) {
  const seen = new Set<string>();
  return {
    /** True if `id` was seen before; otherwise records it and returns false. */
    seenBefore(id: string): boolean {
      if (seen.has(id)) return true;
      seen.add(id);
      // A Set iterates in insertion order, so the first entry is the oldest.
      if (seen.size > limit) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return false;
    },
  };
}

/** A memory of recent Slack event ids; see createRecentIds. */
export type RecentIds = ReturnType<typeof createRecentIds>;
