import { webApi } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { createRateLimitWait, pacedWait } from '../../../src/adapters/slack/rate-limit-wait.ts';

/** What a client made with `rejectRateLimitedCalls` throws on a 429. */
const limited = (seconds: number) => new webApi.WebAPIRateLimitedError(seconds);

describe('waiting out Slack rate limits', () => {
  it('makes a refused call again once retry-after has passed, holding back that channel only', async () => {
    // Slack's retry-after is driven by the clock here, not waited out: the test moves time on.
    vi.useFakeTimers();
    try {
      const wait = createRateLimitWait();
      const calls: string[] = [];
      let refuse = true;
      const first = wait('C1', async () => {
        calls.push('first');
        if (refuse) {
          refuse = false;
          throw limited(0.2);
        }
        return 'first';
      });
      await vi.advanceTimersByTimeAsync(0);
      const call = (name: string) => async () => {
        calls.push(name);
        return name;
      };
      const sameChannel = wait('C1', call('same channel'));
      const otherChannel = wait('C2', call('other channel'));
      await vi.advanceTimersByTimeAsync(199);
      expect(calls).toEqual(['first', 'other channel']);
      await vi.advanceTimersByTimeAsync(1);
      expect(await Promise.all([first, sameChannel, otherChannel])).toEqual([
        'first',
        'same channel',
        'other channel',
      ]);
      expect(calls).toEqual(['first', 'other channel', 'first', 'same channel']);
    } finally {
      vi.useRealTimers();
    }
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

  it('paces a call to its channel, then to the workspace, before making it', async () => {
    const events: string[] = [];
    const pace = async (key: string, perSecond: number) => {
      events.push(`${key} at ${perSecond}/s`);
    };
    const wait = pacedWait(createRateLimitWait(), pace, 7);
    expect(
      await wait('C1', async () => {
        events.push('post');
        return 'posted';
      }),
    ).toBe('posted');
    // Slack's one a second per channel, then the workspace's rate as configured.
    expect(events).toEqual(['slack:C1 at 1/s', 'slack:workspace at 7/s', 'post']);
  });
});
