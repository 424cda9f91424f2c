import { webApi } from '@slack/bolt';
import { PermanentDeliveryError, type Publish } from '../../core/publish.ts';
import type { SlackMessage } from './block-kit.ts';
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

/**
 * Posts messages in order with `chat.postMessage` and returns the first one's `ts`. The client
 * waits out a 429's `retry-after` and tries again by itself.
 */
export async function postMessages(
  client: webApi.WebClient,
  channel: string,
  messages: SlackMessage[],
  options: { threadTs?: string } = {},
): Promise<string> {
  let first: string | undefined;
  for (const message of messages) {
    const posted = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    });
    first ??= posted.ts;
  }
  return first ?? '';
}

/** User ids start with U or W; a DM to a person goes to the conversation Slack opens for them. */
async function conversationFor(client: webApi.WebClient, channelId: string, isDirect: boolean) {
  if (!isDirect || !/^[UW]/.test(channelId)) return channelId;
  const opened = await client.conversations.open({ users: channelId });
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open returned no channel for ${channelId}`);
  return id;
}

/**
 * Publishing for scheduled deliveries: renders the reply for Slack and posts it to the target's
 * channel, or to a person's DM. Slack's permanent refusals become PermanentDeliveryError.
 */
export function createSlackPublish(client: webApi.WebClient): Publish {
  return async (target, reply) => {
    try {
      const channel = await conversationFor(client, target.channelId, target.isDirect);
      return { messageId: await postMessages(client, channel, renderSlack(reply)) };
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
