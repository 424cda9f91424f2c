import type { IncomingMessage } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import type { SeenOnce } from './seen-once.ts';

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
  seen: SeenOnce,
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
    void firstTime(request, seen, log).then((fresh) => {
      if (fresh) {
        verified(request, response);
        return;
      }
      // Slack may redeliver an event within the same second, signed identically: acknowledge it
      // so Slack stops retrying, and run nothing. Any other copy is a replay, and refused.
      if (request.headers['x-slack-retry-num'] !== undefined) {
        log.info('acknowledged a repeated Slack delivery without running it');
        response.writeHead(200).end();
        return;
      }
      log.warn('refused a Slack request already received (a replay)');
      response.writeHead(401).end();
    });
  };
  return receiver;
}

/** How long a signed request is remembered: its whole window of validity, both ways, and a minute. */
const REMEMBER_SECONDS = 2 * MAX_REQUEST_SKEW_SECONDS + 60;

/**
 * Whether this exact signed request (its timestamp and signature) arrives for the first time, on
 * this process or any that shares `seen`. Slack signs every delivery afresh, its retries too, so
 * only a copy of a request already received repeats both. Unsigned requests pass on for Bolt to
 * refuse. If the shared memory cannot be reached the request is let through, logged: replays
 * within five minutes then depend on the signing secret staying secret, as before.
 */
async function firstTime(request: IncomingMessage, seen: SeenOnce, log: Logger): Promise<boolean> {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const signature = header('x-slack-signature');
  const timestamp = header('x-slack-request-timestamp');
  if (!signature || !timestamp) return true;
  try {
    return await seen.first(`slack:request:${timestamp}:${signature}`, REMEMBER_SECONDS);
  } catch (error) {
    log.warn({ err: error }, 'could not check a Slack request for a replay; letting it through');
    return true;
  }
}
