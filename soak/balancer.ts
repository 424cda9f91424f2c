import { postToSlackApp, type SignedOptions, type SlackResponse } from '../fakes/slack-requests.ts';

/** Which process answered a request, and how many were tried before it (down at that moment). */
export interface Route {
  slot: number;
  retried: number;
}

/** A request that failed at the process it reached: cut off, reset, or all processes down. */
export class RouteError extends Error {
  constructor(
    readonly route: Route,
    cause: unknown,
  ) {
    super(String((cause as { cause?: unknown })?.cause ?? cause), { cause });
  }
}

/** Whether fetch failed because nothing listened at the port (a process down, not a reset). */
function refused(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED';
}

/**
 * Spreads Slack's requests over the processes' `/slack/events` endpoints in turn, as a load
 * balancer in front of them would. A process that refuses the connection is down (killed and not
 * yet restarted): the request goes to the next one, and the route says how many were skipped. A
 * request that reached a process and got no response (the process died holding it) is not sent
 * again, since it may have been acted on.
 */
export function createBalancer(urls: readonly string[]) {
  let turn = 0;
  return {
    async post(
      secret: string,
      body: string,
      options: SignedOptions = {},
    ): Promise<SlackResponse & Route> {
      const first = turn++ % urls.length;
      for (let retried = 0; ; retried++) {
        const slot = (first + retried) % urls.length;
        try {
          const response = await postToSlackApp(urls[slot] ?? '', secret, body, options);
          return { ...response, slot, retried };
        } catch (error) {
          if (!refused(error) || retried + 1 >= urls.length) {
            throw new RouteError({ slot, retried }, error);
          }
        }
      }
    },
  };
}

export type Balancer = ReturnType<typeof createBalancer>;
