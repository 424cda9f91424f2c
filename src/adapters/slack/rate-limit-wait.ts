import { webApi } from '@slack/bolt';
import type { Pace } from '../../platform.ts';

/** How long one call may spend waiting out rate limits before it fails, to be retried later. */
export const RATE_LIMIT_PATIENCE_MS = 10 * 60_000;

/** Runs a Web API call about one channel, waiting out Slack's rate limits. */
export type RateLimitWait = <T>(channel: string, call: () => Promise<T>) => Promise<T>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(error: unknown): number | undefined {
  const limited = error as Partial<webApi.WebAPIRateLimitedError> | undefined;
  return limited?.code === webApi.ErrorCode.RateLimitedError &&
    typeof limited.retryAfter === 'number'
    ? limited.retryAfter * 1000
    : undefined;
}

/**
 * Slack's limit on posting: about one message a second per channel, whatever the method's tier
 * (Slack's rate-limit documentation, on posting messages).
 */
export const SLACK_POSTS_PER_CHANNEL_PER_SECOND = 1;

/** The pacing key of the workspace's limit (channel ids never read so: they start C, D or G). */
export const SLACK_WORKSPACE_KEY = 'slack:workspace';

/**
 * Paces every call about a channel to Slack's posting limits before it is made: the channel's
 * (one a second) and then the workspace's (`workspacePerSecond`), across processes when `pace` is
 * shared; and still waits out any 429 that comes through. The channel comes first, so a call
 * waiting for its channel never holds a workspace slot it cannot use. A read of a channel's
 * history on a retry counts against the workspace too: it is rare, and that is the safer side.
 */
export function pacedWait(
  wait: RateLimitWait,
  pace: Pace | undefined,
  workspacePerSecond: number,
): RateLimitWait {
  if (pace === undefined) return wait;
  return (channel, call) =>
    wait(channel, async () => {
      await pace(`slack:${channel}`, SLACK_POSTS_PER_CHANNEL_PER_SECOND);
      await pace(SLACK_WORKSPACE_KEY, workspacePerSecond);
      return call();
    });
}

/**
 * Waits out Slack's 429s for a client made with `rejectRateLimitedCalls`. A 429 holds back the
 * calls about that channel until its `retry-after` has passed, then the call is made again.
 * Other channels carry on: Slack's tightest limit is per channel (about a message a second), and
 * a 429 does not say which limit it was, so pausing everything would stall a fan-out on every
 * multi-part digest. A 429 means Slack did nothing, so making the call again cannot post twice;
 * and a rate limit is not a failure, so it spends none of the client's retries and does not send
 * a digest back to the scheduler (whose retry would first read the channel's history). Only after
 * `patienceMs` of waiting does the 429 come through, with its `retryAfter`.
 */
export function createRateLimitWait(patienceMs = RATE_LIMIT_PATIENCE_MS): RateLimitWait {
  const resumeAt = new Map<string, number>();
  return async (channel, call) => {
    const started = Date.now();
    for (;;) {
      const wait = (resumeAt.get(channel) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait);
      else resumeAt.delete(channel);
      try {
        return await call();
      } catch (error) {
        const after = retryAfterMs(error);
        if (after === undefined || Date.now() + after - started > patienceMs) throw error;
        resumeAt.set(channel, Math.max(resumeAt.get(channel) ?? 0, Date.now() + after));
      }
    }
  };
}
