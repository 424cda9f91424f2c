import type { Gate, RecordedRequest } from '../fakes/fake-discord.ts';
import type { SlackGate } from '../fakes/fake-slack.ts';

/**
 * A fixed window per key: `limit` requests, then refusals until the window that the first of
 * them opened has passed. The first request after that opens the next window. Discord's buckets
 * behave this way (a count that resets at a time the headers announce).
 */
export function createWindows(limit: number, windowMs: number, clock = () => performance.now()) {
  const windows = new Map<string, { opened: number; used: number }>();
  const current = (key: string, now: number) => {
    let window = windows.get(key);
    if (window === undefined || now - window.opened >= windowMs) {
      window = { opened: now, used: 0 };
      windows.set(key, window);
    }
    return window;
  };
  return {
    /** 0 when the window has room; otherwise how long until it reopens. */
    waitMs(key: string): number {
      const now = clock();
      const window = current(key, now);
      return window.used < limit ? 0 : window.opened + windowMs - now;
    },
    /** Counts a request (call `waitMs` first); what is left, and when the window resets. */
    take(key: string): { remaining: number; resetMs: number } {
      const now = clock();
      const window = current(key, now);
      window.used++;
      return {
        remaining: Math.max(0, limit - window.used),
        resetMs: window.opened + windowMs - now,
      };
    },
  };
}

export interface DiscordLimits {
  /** Requests per second across the bot (interaction callbacks exempt), as Discord's global limit. */
  globalPerSecond: number;
  /** Messages per channel per `channelWindowMs` (Discord's per-channel bucket for sends). */
  channelLimit: number;
  channelWindowMs: number;
}

export const DISCORD_LIMITS: DiscordLimits = {
  globalPerSecond: 50,
  channelLimit: 5,
  channelWindowMs: 5000,
};

/** What a rate-limiting fake refused. */
export interface LimitStats {
  /** Every 429 sent. */
  rateLimited: number;
  /** Those refused by the global (Discord) or workspace (Slack) limit. */
  global: number;
  /** Those refused by a channel's own limit. */
  channel: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Discord's limits in front of the fake: every REST request but interaction callbacks counts
 * against the global limit, and channel message sends against that channel's bucket. Answers
 * carry `X-RateLimit-*` headers as Discord's do; refusals are 429s with `Retry-After` (whole
 * seconds, rounded up, as the header carries them) and the exact wait in the body.
 */
export function discordGate(limits: DiscordLimits = DISCORD_LIMITS): {
  gate: Gate;
  stats: LimitStats;
} {
  const stats: LimitStats = { rateLimited: 0, global: 0, channel: 0 };
  const global = createWindows(limits.globalPerSecond, 1000);
  const channels = createWindows(limits.channelLimit, limits.channelWindowMs);
  const refuse = (waitMs: number, scope: 'global' | 'user', extra: Record<string, string>) => {
    stats.rateLimited++;
    stats[scope === 'global' ? 'global' : 'channel']++;
    return {
      reject: {
        status: 429,
        headers: {
          'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
          'x-ratelimit-scope': scope,
          ...extra,
        },
        body: {
          message: 'You are being rate limited.',
          retry_after: Number(seconds(waitMs)),
          global: scope === 'global',
          code: 0,
        },
      },
    };
  };
  const gate = (request: RecordedRequest) => {
    if (request.path.startsWith('/api/v10/interactions/')) return undefined;
    const globalWait = global.waitMs('global');
    if (globalWait > 0) return refuse(globalWait, 'global', { 'x-ratelimit-global': 'true' });
    global.take('global');
    const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(request.path)?.[1];
    if (request.method !== 'POST' || channel === undefined) return undefined;
    const wait = channels.waitMs(channel);
    const bucket = wait > 0 ? { remaining: 0, resetMs: wait } : channels.take(channel);
    const headers = {
      'x-ratelimit-limit': String(limits.channelLimit),
      'x-ratelimit-remaining': String(bucket.remaining),
      'x-ratelimit-reset': seconds(Date.now() + bucket.resetMs),
      'x-ratelimit-reset-after': seconds(bucket.resetMs),
      'x-ratelimit-bucket': 'fake-channel-messages',
    };
    return wait > 0 ? refuse(wait, 'user', headers) : { headers };
  };
  return { gate, stats };
}

export interface SlackLimits {
  /** chat.postMessage calls per channel per second. */
  channelPerSecond: number;
  /** chat.postMessage calls per second across the workspace. */
  workspacePerSecond: number;
}

/**
 * Slack publishes "about one message per second per channel" and a workspace-wide limit whose
 * size it does not give ("several hundred messages per minute" in older docs). 10 per second is
 * the top of that range; `--slack-rate` changes it.
 */
export const SLACK_LIMITS: SlackLimits = { channelPerSecond: 1, workspacePerSecond: 10 };

/** Slack's chat.postMessage limits in front of the fake: 429 with `retry-after` in whole seconds. */
export function slackGate(limits: SlackLimits = SLACK_LIMITS): {
  gate: SlackGate;
  stats: LimitStats;
} {
  const stats: LimitStats = { rateLimited: 0, global: 0, channel: 0 };
  const workspace = createWindows(limits.workspacePerSecond, 1000);
  const channels = createWindows(limits.channelPerSecond, 1000);
  const refuse = (waitMs: number, scope: 'global' | 'channel') => {
    stats.rateLimited++;
    stats[scope]++;
    return {
      status: 429,
      headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
      json: { ok: false, error: 'ratelimited' },
    };
  };
  const gate: SlackGate = (method, body) => {
    if (method !== 'chat.postMessage') return undefined;
    const channel = String(body.channel);
    const channelWait = channels.waitMs(channel);
    if (channelWait > 0) return refuse(channelWait, 'channel');
    const workspaceWait = workspace.waitMs('workspace');
    if (workspaceWait > 0) return refuse(workspaceWait, 'global');
    channels.take(channel);
    workspace.take('workspace');
    return undefined;
  };
  return { gate, stats };
}
