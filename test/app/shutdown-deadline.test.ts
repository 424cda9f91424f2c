import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopWithin } from '../../src/app/shutdown-deadline.ts';
import { createLogger } from '../../src/logger.ts';

const log = createLogger({ level: 'silent', destination: new PassThrough() });
afterEach(() => {
  vi.useRealTimers();
});

describe('the shutdown deadline', () => {
  it('gives up on a stop that hangs once the deadline comes, and not before', async () => {
    vi.useFakeTimers();
    let settled: boolean | undefined;
    void stopWithin(() => new Promise(() => {}), 10_000, log).then((clean) => {
      settled = clean;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(false);
  });

  it('reports a stop that finishes in time as clean, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    expect(await stopWithin(async () => {}, 10_000, log)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
