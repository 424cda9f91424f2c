import { webApi } from '@slack/bolt';
import { PermanentDeliveryError, type Publish } from '../../digests/publish.ts';
import type { SlackMessage } from './block-kit.ts';
import { createRateLimitWait, type RateLimitWait } from './rate-limit-wait.ts';
import { renderSlack } from './render-slack.ts';

/** Slack errors that no retry will fix: the subscription should pause instead. */
export const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
]);

/** The Slack error code of a failed Web API call, if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  return error instanceof webApi.WebAPIPlatformError ? error.data.error : undefined;
}

/** Makes a call as it is: the client's own handling of 429s applies. */
const direct: RateLimitWait = (_channel, call) => call();

/**
 * Posts messages in order with `chat.postMessage` and returns the first one's `ts`. 429s are left
 * to the client (which waits out `retry-after` and tries again), or to `wait` when given one.
 */
export async function postMessages(
  client: webApi.WebClient,
  channel: string,
  messages: SlackMessage[],
  options: {
    threadTs?: string;
    idempotencyKey?: string;
    alreadyPosted?: ReadonlyMap<number, string>;
    wait?: RateLimitWait;
  } = {},
): Promise<string> {
  const wait = options.wait ?? direct;
  let first: string | undefined;
  for (const [part, message] of messages.entries()) {
    const earlier = options.alreadyPosted?.get(part);
    if (earlier !== undefined) {
      first ??= earlier;
      continue;
    }
    const posted = await wait(channel, () =>
      client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
        // The key travels with the message, so a later attempt can see what was already posted.
        ...(options.idempotencyKey
          ? {
              metadata: {
                event_type: DELIVERY_EVENT,
                event_payload: { key: options.idempotencyKey, part },
              },
            }
          : {}),
      }),
    );
    first ??= posted.ts;
  }
  return first ?? '';
}

/** The message metadata type that marks a scheduled delivery. */
export const DELIVERY_EVENT = 'briefbot_delivery';

/** How far back a retried delivery looks for parts it already posted. */
const HISTORY_LOOKBACK = 100;

/**
 * The parts of a delivery already in the channel (part → ts), read from recent history. Slack has
 * no idempotent post, so a retry asks before posting; if history cannot be read (a missing scope),
 * it posts again rather than lose the digest.
 */
async function postedParts(
  client: webApi.WebClient,
  channel: string,
  key: string,
  wait: RateLimitWait,
): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  try {
    const history = await wait(channel, () =>
      client.conversations.history({
        channel,
        limit: HISTORY_LOOKBACK,
        include_all_metadata: true,
      }),
    );
    for (const message of history.messages ?? []) {
      const metadata = message.metadata as
        | { event_type?: string; event_payload?: { key?: unknown; part?: unknown } }
        | undefined;
      if (metadata?.event_type !== DELIVERY_EVENT || metadata.event_payload?.key !== key) continue;
      const part = Number(metadata.event_payload.part);
      if (Number.isInteger(part) && message.ts) parts.set(part, message.ts);
    }
  } catch {
    // Posting again is better than losing the digest.
  }
  return parts;
}

/** User ids start with U or W; a DM to a person goes to the conversation Slack opens for them. */
async function conversationFor(
  client: webApi.WebClient,
  channelId: string,
  isDirect: boolean,
  wait: RateLimitWait,
) {
  if (!isDirect || !/^[UW]/.test(channelId)) return channelId;
  const opened = await wait(channelId, () => client.conversations.open({ users: channelId }));
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open returned no channel for ${channelId}`);
  return id;
}

/**
 * Publishing for scheduled deliveries: renders the reply for Slack and posts it to the target's
 * channel, or to a person's DM. Slack's permanent refusals become PermanentDeliveryError.
 *
 * The client should be made with `rejectRateLimitedCalls`: a digest fan-out meets Slack's
 * limits by design, and its 429s are then waited out here, channel by channel, instead of each
 * using up the client's retries and failing back to the scheduler.
 */
export function createSlackPublish(
  client: webApi.WebClient,
  wait: RateLimitWait = createRateLimitWait(),
): Publish {
  return async (target, reply, options) => {
    try {
      const channel = await conversationFor(client, target.channelId, target.isDirect, wait);
      const key = options?.idempotencyKey;
      const alreadyPosted =
        key && options?.recovering ? await postedParts(client, channel, key, wait) : undefined;
      return {
        messageId: await postMessages(client, channel, renderSlack(reply), {
          ...(key ? { idempotencyKey: key } : {}),
          ...(alreadyPosted ? { alreadyPosted } : {}),
          wait,
        }),
      };
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && PERMANENT_ERRORS.has(code)) {
        throw new PermanentDeliveryError(
          `slack:${code}`,
          `Slack refused to post to ${target.channelId}: ${code}`,
        );
      }
      throw error;
    }
  };
}
