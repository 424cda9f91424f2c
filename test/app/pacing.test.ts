import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ARRIVAL_MARGIN_MS,
  createMemoryPacing,
  groupsFor,
  MAX_GROUP,
} from '../../src/app/pacing.ts';

// Pacing within one process (no Redis): the clock is driven by the test, so what is counted is
// how many calls each window lets through.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts `count` calls under one key and records how many have gone through so far. */
function start(pace: (key: string) => Promise<void>, key: string, count: number) {
  let through = 0;
  const all = Promise.all(
    Array.from({ length: count }, async () => {
      await pace(key);
      through++;
    }),
  );
  return { through: () => through, all };
}

const SECOND = 1000 + ARRIVAL_MARGIN_MS;

describe('the groups a rate is let through in', () => {
  it('spaces small groups so that any second holds the rate even with the margin', () => {
    expect(groupsFor(1)).toEqual({ points: 1, durationMs: SECOND });
    expect(groupsFor(3)).toEqual({ points: 3, durationMs: SECOND });
    expect(groupsFor(50)).toEqual({ points: MAX_GROUP, durationMs: SECOND / 10 });
    expect(groupsFor(10)).toEqual({ points: 5, durationMs: SECOND / 2 });
    // A group must divide the rate: 48 goes in fours, 7 one at a time.
    expect(groupsFor(48)).toEqual({ points: 4, durationMs: SECOND / 12 });
    expect(groupsFor(7)).toEqual({ points: 1, durationMs: SECOND / 7 });
    expect(groupsFor(2.5)).toEqual({ points: 1, durationMs: SECOND / 2.5 });
  });

  it('never lets more than the rate into a second, wherever the second starts', () => {
    for (const perSecond of [1, 2, 3, 5, 7, 10, 45, 48, 50]) {
      const { points, durationMs } = groupsFor(perSecond);
      // Groups as close as the windows allow, each arriving anywhere within the margin.
      const groups = Array.from({ length: 200 }, (_, i) => i * durationMs);
      for (let startMs = 0; startMs < 100 * durationMs; startMs += durationMs / 7) {
        const inSecond = groups.filter(
          (at) => at + ARRIVAL_MARGIN_MS - 1 >= startMs && at < startMs + 1000,
        ).length;
        expect(inSecond * points).toBeLessThanOrEqual(perSecond);
      }
    }
  });
});

describe('pacing within one process', () => {
  it('lets through at most a group per window, the rest waiting their turn', async () => {
    const waits: string[] = [];
    const { pace } = createMemoryPacing((key) => waits.push(key));
    const calls = start((key) => pace(key, 3), 'slack:workspace', 7);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.through()).toBe(3);
    // Still the first window: nobody else goes.
    await vi.advanceTimersByTimeAsync(SECOND - 1);
    expect(calls.through()).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.through()).toBe(6);
    await vi.advanceTimersByTimeAsync(SECOND);
    expect(calls.through()).toBe(7);
    await calls.all;
    expect(waits).toEqual(Array(4).fill('slack:workspace'));
  });

  it('lets Discord’s 50 a second through five at a time, every 105 ms', async () => {
    const { pace } = createMemoryPacing();
    const calls = start((key) => pace(key, 50), 'discord:global', 12);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.through()).toBe(5);
    await vi.advanceTimersByTimeAsync(104);
    expect(calls.through()).toBe(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.through()).toBe(10);
    await vi.advanceTimersByTimeAsync(105);
    expect(calls.through()).toBe(12);
    await calls.all;
  });

  it('keeps keys apart and charges a call its cost, in groups', async () => {
    const { pace } = createMemoryPacing();
    await pace('discord:global', 3, 3);
    const other = start((key) => pace(key, 1), 'slack:C1', 1);
    const more = start((key) => pace(key, 3), 'discord:global', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect([other.through(), more.through()]).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(SECOND);
    expect(more.through()).toBe(1);
    // Seven posts at 50 a second: a group of five now, two more 105 ms later.
    const long = start((key) => pace(key, 50, 7), 'discord:long', 1);
    await vi.advanceTimersByTimeAsync(104);
    expect(long.through()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(long.through()).toBe(1);
  });

  it('serves calls in the order they came', async () => {
    const { pace } = createMemoryPacing();
    const order: number[] = [];
    const all = Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        await pace('slack:C1', 1);
        order.push(n);
      }),
    );
    await vi.advanceTimersByTimeAsync(4 * SECOND);
    await all;
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
