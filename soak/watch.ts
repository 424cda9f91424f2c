import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';

/** A request one of the fakes received: when (performance.now()) and what. */
export interface Seen {
  at: number;
  body: unknown;
}

/** The keys a Discord request answers: its interaction, its webhook token or its channel. */
function discordKeys(method: string, path: string): string[] {
  const callback = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
  if (callback) return [`interaction:${callback[1]}`];
  const webhook = /^\/api\/v10\/webhooks\/\d+\/([^/]+)/.exec(path);
  if (webhook) return [`webhook:${webhook[1]}`];
  const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
  if (channel && method === 'POST') return [`channel:${channel[1]}`];
  return [];
}

/** The keys a Slack Web API call answers: the conversation, and the thread if it has one. */
function slackKeys(method: string, body: Record<string, unknown>): string[] {
  if (method !== 'chat.postMessage' && method !== 'chat.postEphemeral') return [];
  const keys = [`slack:${String(body.channel)}`];
  if (body.thread_ts) keys.push(`thread:${String(body.thread_ts)}`);
  return keys;
}

/**
 * Matches what the bot sends to the fakes with what the soak is waiting for, by key. The fakes
 * stamp each request on arrival, so latencies are exact however often this looks.
 */
export function createWatch(discord: FakeDiscord, slack: FakeSlack) {
  const waiting = new Map<string, (seen: Seen | undefined) => void>();
  let requests = 0;
  let calls = 0;
  let responses = 0;

  function deliver(key: string, seen: Seen): void {
    const resolve = waiting.get(key);
    if (resolve === undefined) return;
    waiting.delete(key);
    resolve(seen);
  }

  function scan(): void {
    for (; requests < discord.requests.length; requests++) {
      const request = discord.requests[requests];
      // A request refused with a 429 or a 5xx is not an answer yet; its retry will be.
      if (request === undefined || (request.status ?? 200) >= 400) continue;
      for (const key of discordKeys(request.method, request.path)) {
        deliver(key, { at: request.at, body: request.body });
      }
    }
    for (; calls < slack.calls.length; calls++) {
      const call = slack.calls[calls];
      if (call === undefined || (call.status ?? 200) >= 400) continue;
      for (const key of slackKeys(call.method, call.body)) {
        deliver(key, { at: call.at, body: call.body });
      }
    }
    for (; responses < slack.responses.length; responses++) {
      const response = slack.responses[responses];
      if (response) deliver(`respond:${response.path}`, { at: response.at, body: response.body });
    }
  }

  const timer = setInterval(scan, 10);

  return {
    /**
     * The next request with `key` after this call, or undefined after `timeoutMs`. Call it before
     * sending whatever the request answers.
     */
    expect(key: string, timeoutMs: number): Promise<Seen | undefined> {
      return new Promise((resolve) => {
        const timeout = setTimeout(() => {
          if (waiting.get(key) === settle) waiting.delete(key);
          resolve(undefined);
        }, timeoutMs);
        const settle = (seen: Seen | undefined) => {
          clearTimeout(timeout);
          resolve(seen);
        };
        waiting.set(key, settle);
      });
    },
    /** Stops waiting for `key`; its promise resolves to undefined. */
    cancel(key: string): void {
      const resolve = waiting.get(key);
      waiting.delete(key);
      resolve?.(undefined);
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}

export type Watch = ReturnType<typeof createWatch>;
