import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryPacing, WINDOW_GAP_MS } from '../../src/app/pacing.ts';

// Pacing within one process (no Redis): the clock is driven by the test, so what is counted is
// how many calls each one-second window lets through.

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

describe('pacing within one process', () => {
  it('lets through at most the rate in each one-second window, the rest waiting for the next', async () => {
    const waits: string[] = [];
    const { pace } = createMemoryPacing((key) => waits.push(key));
    const calls = start((key) => pace(key, 3), 'slack:workspace', 7);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.through()).toBe(3);
    // Still the first window: nobody else goes.
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.through()).toBe(3);
    await vi.advanceTimersByTimeAsync(1 + WINDOW_GAP_MS);
    expect(calls.through()).toBe(6);
    await vi.advanceTimersByTimeAsync(1000 + WINDOW_GAP_MS);
    expect(calls.through()).toBe(7);
    await calls.all;
    expect(waits).toEqual(Array(4).fill('slack:workspace'));
  });

  it('opens the next window a little after the last one closed, not on the dot', async () => {
    const { pace } = createMemoryPacing();
    const calls = start((key) => pace(key, 2), 'discord:global', 4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.through()).toBe(2);
    await vi.advanceTimersByTimeAsync(WINDOW_GAP_MS);
    expect(calls.through()).toBe(4);
    await calls.all;
  });

  it('keeps keys apart and charges a call its cost', async () => {
    const { pace } = createMemoryPacing();
    await pace('discord:global', 3, 3);
    const other = start((key) => pace(key, 1), 'slack:C1', 1);
    const more = start((key) => pace(key, 3), 'discord:global', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect([other.through(), more.through()]).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(1000 + WINDOW_GAP_MS);
    expect(more.through()).toBe(1);
  });
});
