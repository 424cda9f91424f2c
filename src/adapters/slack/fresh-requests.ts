import type { IncomingMessage } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

/** How far a request's signed timestamp may be from our clock, either way: Slack's rule. */
export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

/**
 * How many seconds ahead of `nowMs` a request says it was signed, or undefined when it carries
 * no usable timestamp (Bolt then refuses it, or lets through an unsigned `ssl_check`).
 */
export function secondsAhead(request: IncomingMessage, nowMs: number): number | undefined {
  const header = request.headers['x-slack-request-timestamp'];
  const value = Number(Array.isArray(header) ? header[0] : header);
  if (header === undefined || !Number.isFinite(value)) return undefined;
  return value - Math.floor(nowMs / 1000);
}

/**
 * Bolt's HTTP receiver, refusing requests signed more than five minutes in the future as well.
 * Bolt checks only the past, so a request dated a year ahead would verify, and could be
 * replayed, until five minutes after that date. The check runs before Bolt reads the body;
 * Bolt still verifies the signature and the past.
 */
export function createFreshReceiver(
  options: HTTPReceiverOptions,
  log: Logger,
  now: () => number = Date.now,
): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const verified = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    const ahead = secondsAhead(request, now());
    if (ahead !== undefined && ahead > MAX_REQUEST_SKEW_SECONDS) {
      log.warn({ secondsAhead: ahead }, 'refused a Slack request signed in the future');
      response.writeHead(401).end();
      return;
    }
    verified(request, response);
  };
  return receiver;
}
