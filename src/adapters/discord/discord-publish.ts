import { type APIMessage, type Client, DiscordAPIError, type REST, Routes } from 'discord.js';
import type { Reply } from '../../core/reply.ts';
import { PermanentDeliveryError, type Publish } from '../../digests/publish.ts';
import type { Pace } from '../../platform.ts';
import type { DiscordMessage } from './render-discord.ts';

/**
 * Discord error codes after which a send can never succeed as things stand: the channel or user
 * is gone, or the bot may not post there. Anything else (5xx, network) is worth retrying.
 */
export const PERMANENT_ERRORS: Readonly<Record<number, string>> = {
  10003: 'unknown channel',
  10013: 'unknown user',
  50001: 'missing access',
  50007: 'cannot send messages to this user',
  50013: 'missing permissions',
};

/**
 * Posts messages to a channel or DM in order and returns what Discord made of them. The ephemeral
 * flag exists only for interaction replies, so it is dropped here.
 */
export async function sendToChannel(
  rest: REST,
  channelId: string,
  messages: DiscordMessage[],
  idempotencyKey?: string,
): Promise<APIMessage[]> {
  const sent: APIMessage[] = [];
  for (const [part, { flags: _ephemeral, ...message }] of messages.entries()) {
    // With an enforced nonce Discord returns the message it already made for the same nonce
    // (within a few minutes) instead of posting again: a retried delivery is not a duplicate.
    const body = idempotencyKey
      ? { ...message, nonce: nonceFor(idempotencyKey, part), enforce_nonce: true }
      : message;
    sent.push((await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage);
  }
  return sent;
}

/**
 * Digest posts a second, across every process of one bot: Discord's global limit of 50 requests a
 * second per bot token. Answers to commands do not count against it (interaction responses are
 * exempt), and nearly every other request the bot makes is a paced post. The pacing lets posts
 * through in groups of five, spaced so that any second of Discord's holds at most 50 even when
 * posts from several processes arrive up to 50 ms off (see pacing.ts). In one large burst a
 * second the posts of one burst reached Discord too spread out, and the late ones landed in
 * Discord's next second: three processes drew 219 global 429s in a fan-out of 500 at 48 a second,
 * 19 at 45, with efficiency below 0.9. discord.js's own global limiter (50 a second per process)
 * and its handling of 429s stay behind this as the safety net.
 */
export const DISCORD_GLOBAL_PER_SECOND = 50;

/** Discord nonces are at most 25 characters. */
function nonceFor(key: string, part: number): string {
  return `${key}.${part}`.slice(-25);
}

/**
 * `publish` for Discord: renders the reply and posts it to the channel, or to the user's DM when
 * the target is direct. Rate limits are waited out by discord.js (it honours Retry-After); the
 * permanent failures above become PermanentDeliveryError with a reason such as `discord:50013`.
 */
export function createPublish(
  client: Client,
  render: (reply: Reply) => DiscordMessage[],
  pace?: Pace,
): Publish {
  return async (target, reply, options) => {
    try {
      const messages = render(reply);
      // Discord's global limit is per bot token: every process posting for it counts.
      await pace?.(
        'discord:global',
        DISCORD_GLOBAL_PER_SECOND,
        messages.length + (target.isDirect ? 1 : 0),
      );
      const channelId = target.isDirect
        ? (await client.users.createDM(target.channelId)).id
        : target.channelId;
      const [first] = await sendToChannel(
        client.rest,
        channelId,
        messages,
        options?.idempotencyKey,
      );
      return { messageId: first?.id ?? '' };
    } catch (error) {
      const code = error instanceof DiscordAPIError ? Number(error.code) : Number.NaN;
      const reason = PERMANENT_ERRORS[code];
      if (reason !== undefined) {
        throw new PermanentDeliveryError(
          `discord:${code}`,
          `Discord will not take messages for ${target.isDirect ? 'user' : 'channel'} ${target.channelId}: ${reason}`,
        );
      }
      throw error;
    }
  };
}
