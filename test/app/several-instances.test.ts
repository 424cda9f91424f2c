import { describe, expect, it } from 'vitest';
import { runInstancesFanout } from '../../bench/instances-fanout.ts';

describe('three bot processes on one PostgreSQL database', () => {
  it('deliver every due digest once, and finish the runs of a process killed mid-fan-out', async () => {
    // 200 digests here keep the test to tens of seconds; `npm run bench:instances` runs 1,000.
    const result = await runInstancesFanout({
      subscriptions: 200,
      processes: 3,
      // Posts slow enough that a batch of jobs outlasts the poll interval: a busy process is
      // never between batches, so the one killed holds claims.
      postDelayMs: 600,
      jobTimeoutSeconds: 4,
      timeoutMs: 90_000,
    });
    expect(result).toMatchObject({ due: 200, lost: 0, duplicated: 0, timedOut: false });
    expect(result.postedBeforeKill).toBeGreaterThanOrEqual(50);
    expect(result.postedBeforeKill).toBeLessThan(200);
    // The process killed held claimed runs (by the database), and the others finished them, by
    // the engine's retry.
    expect(result.heldAtKill, JSON.stringify(result)).toBeGreaterThan(0);
    expect(result.takenOver, JSON.stringify(result)).toBeGreaterThan(0);
    const survivors = result.byProcess.filter((_, i) => i !== result.killed);
    expect(
      survivors.every((count) => count > 0),
      JSON.stringify(result),
    ).toBe(true);
  }, 180_000);
});
