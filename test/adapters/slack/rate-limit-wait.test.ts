import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createRateLimitWait } from '../../../src/adapters/slack/rate-limit-wait.ts';

/** What a client made with `rejectRateLimitedCalls` throws on a 429. */
const limited = (seconds: number) => new webApi.WebAPIRateLimitedError(seconds);

describe('waiting out Slack rate limits', () => {
  it('makes a refused call again once retry-after has passed, holding back that channel only', async () => {
    const wait = createRateLimitWait();
    const started = performance.now();
    const calls: { name: string; at: number }[] = [];
    let refuse = true;
    const first = wait('C1', async () => {
      calls.push({ name: 'first', at: performance.now() - started });
      if (refuse) {
        refuse = false;
        throw limited(0.2);
      }
      return 'first';
    });
    await sleep(20);
    const call = (name: string) => async () => {
      calls.push({ name, at: performance.now() - started });
      return name;
    };
    const sameChannel = wait('C1', call('same channel'));
    const otherChannel = await wait('C2', call('other channel'));
    expect(await Promise.all([first, sameChannel])).toEqual(['first', 'same channel']);
    expect(otherChannel).toBe('other channel');
    const at = (name: string) => calls.filter((c) => c.name === name).map((c) => c.at);
    expect(at('first')).toHaveLength(2);
    for (const time of [...at('first').slice(1), ...at('same channel')])
      expect(time).toBeGreaterThanOrEqual(190);
    expect(at('other channel')[0]).toBeLessThan(190);
  });

  it('lets other errors through at once', async () => {
    const wait = createRateLimitWait();
    const failure = new Error('channel_not_found');
    await expect(wait('C1', () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('gives up when the wait would outlast its patience, passing on the retry-after', async () => {
    const wait = createRateLimitWait(100);
    await expect(wait('C1', () => Promise.reject(limited(30)))).rejects.toMatchObject({
      retryAfter: 30,
    });
  });
});
