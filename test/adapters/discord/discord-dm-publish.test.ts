import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  embedOf,
  type SentMessage,
  USER,
} from '../../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { PermanentDeliveryError } from '../../../src/digests/publish.ts';
import type { RunningPlatform } from '../../../src/platform.ts';
import { startBot } from '../../helpers/discord-bot.ts';

let fake: FakeDiscord;
let bot: RunningPlatform;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = (await startBot(fake)).bot;
});
afterAll(async () => {
  await bot.stop();
  await fake.close();
});

const dmMessages = `/api/v10/channels/${DM_CHANNEL_ID}/messages`;

/** Sends a DM to the bot and returns the bot's answer in that DM. */
async function sendDm(content: string, author?: Record<string, unknown>) {
  const since = fake.requests.length;
  fake.dispatch('MESSAGE_CREATE', directMessage(content, author));
  return fake.waitFor((r) => r.method === 'POST' && r.path === dmMessages, since);
}

describe('direct messages on Discord', () => {
  it('answers a plain-language question in the DM it came from', async () => {
    const answer = await sendDm('what did putin say about sanctions');
    const body = answer.body as SentMessage;
    expect(embedOf(body).title).toBe('What Vladimir Putin said about sanctions');
    expect(embedOf(body).description).toContain('suffocating sanctions');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body).not.toHaveProperty('flags');
  });

  it('answers slash-style text too, and a question it cannot read with a hint', async () => {
    const quote = await sendDm('/quote blinken');
    expect(embedOf(quote.body as SentMessage).title).toBe('What Antony Blinken said');
    const puzzled = await sendDm('tell me a joke');
    expect(embedOf(puzzled.body as SentMessage).description).toMatch(
      /^Sorry, I didn't understand that\./,
    );
  });

  it('ignores messages from bots, itself included', async () => {
    const since = fake.requests.length;
    fake.dispatch(
      'MESSAGE_CREATE',
      directMessage('/topics', { ...USER, id: '1400000000000000009', bot: true }),
    );
    fake.dispatch('MESSAGE_CREATE', directMessage('/topics', BOT));
    const answer = await sendDm('/help');
    expect(embedOf(answer.body as SentMessage).title).toBe('Briefbot help');
    expect(fake.requests.slice(since).filter((r) => r.path === dmMessages)).toHaveLength(1);
  });
});

const reply: Reply = {
  title: 'Morning digest',
  blocks: [{ type: 'paragraph', text: 'Three new statements @everyone' }],
  private: false,
};

describe('publishing to Discord', () => {
  it('posts to a channel and returns the message id', async () => {
    const since = fake.requests.length;
    const delivered = await bot.publish(
      { platform: 'discord', channelId: CHANNEL_ID, isDirect: false },
      reply,
    );
    const [post] = fake.requests.slice(since);
    expect(post?.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(post?.body).toEqual({
      embeds: [
        { color: 0x2f6fdb, title: 'Morning digest', description: 'Three new statements @everyone' },
      ],
      components: [],
      allowed_mentions: { parse: [] },
    });
    expect(delivered.messageId).toMatch(/^\d{17,20}$/);
  });

  it('opens the DM for a person’s digest and posts there', async () => {
    const since = fake.requests.length;
    await bot.publish({ platform: 'discord', channelId: USER.id, isDirect: true }, reply);
    const [open, post] = fake.requests.slice(since);
    expect(open).toMatchObject({
      method: 'POST',
      path: '/api/v10/users/@me/channels',
      body: { recipient_id: USER.id },
    });
    expect(post?.path).toMatch(/^\/api\/v10\/channels\/\d+\/messages$/);
  });

  it.each([
    [10003, 404, false],
    [50001, 403, false],
    [50013, 403, false],
    [50007, 403, true],
  ])('reports Discord error %i as a permanent failure', async (code, status, isDirect) => {
    fake.overrideOnce('POST', /\/messages$/, { status, body: { message: 'No', code } });
    const target = {
      platform: 'discord' as const,
      channelId: isDirect ? USER.id : CHANNEL_ID,
      isDirect,
    };
    const failure = await bot.publish(target, reply).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect((failure as PermanentDeliveryError).reason).toBe(`discord:${code}`);
  });

  it('lets a server error through as transient, to be retried later', async () => {
    fake.overrideOnce('POST', /\/messages$/, { status: 502, body: { message: 'Bad gateway' } });
    const failure = await bot
      .publish({ platform: 'discord', channelId: CHANNEL_ID, isDirect: false }, reply)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('publishing a scheduled delivery to Discord', () => {
  const long: Reply = {
    title: 'Digest',
    private: false,
    blocks: Array.from({ length: 12 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `${'word '.repeat(700)}${i}`,
    })),
  };

  it('sends each part with an enforced nonce, so a retry creates no second message', async () => {
    const target = { platform: 'discord' as const, channelId: CHANNEL_ID, isDirect: false };
    const createdBefore = fake.created.length;
    const since = fake.requests.length;
    const first = await bot.publish(target, long, { idempotencyKey: 'digest-41' });
    const parts = fake.created.length - createdBefore;
    expect(parts).toBeGreaterThan(1);
    const posts = fake.requests
      .slice(since)
      .filter((r) => r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(
      posts.map((r) => [
        (r.body as { nonce?: string }).nonce,
        (r.body as { enforce_nonce?: boolean }).enforce_nonce,
      ]),
    ).toEqual(Array.from({ length: parts }, (_, i) => [`digest-41.${i}`, true]));
    const again = await bot.publish(target, long, {
      idempotencyKey: 'digest-41',
      recovering: true,
    });
    expect(fake.created.length - createdBefore).toBe(parts);
    expect(again.messageId).toBe(first.messageId);
  });
});
