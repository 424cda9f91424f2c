import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import { SlackStartError } from '../../../src/adapters/slack/slack-bot.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { PermanentDeliveryError } from '../../../src/digests/publish.ts';
import { APP_TOKEN, BOT_TOKEN, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake?.close();
});
afterEach(() => {
  fake.calls.length = 0;
});

async function startError(options: { socket?: boolean }): Promise<Error> {
  const started = await startTestBot(fake, options).then(
    async (bot) => {
      await bot.stop();
      return undefined;
    },
    (error: Error) => error,
  );
  if (started === undefined) throw new Error('expected start-up to fail');
  return started;
}

describe('Slack start-up', () => {
  it('stops with a clear error naming SLACK_BOT_TOKEN when Slack rejects the token', async () => {
    fake.failOnce('auth.test', 'invalid_auth');
    const error = await startError({});
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toContain('Slack did not accept SLACK_BOT_TOKEN (invalid_auth)');
    expect(error.message).not.toContain(BOT_TOKEN);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('stops with a clear error naming SLACK_APP_TOKEN when Socket Mode is refused', async () => {
    fake.failOnce('apps.connections.open', 'invalid_auth');
    const error = await startError({ socket: true });
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toContain('Slack did not accept SLACK_APP_TOKEN (invalid_auth)');
    expect(error.message).not.toContain(APP_TOKEN);
  });
});

describe('publishing to Slack', () => {
  let bot: TestBot;
  const reply: Reply = {
    title: 'Digest',
    private: false,
    blocks: [{ type: 'paragraph', text: 'Something happened.' }],
  };

  beforeAll(async () => {
    bot = await startTestBot(fake);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('posts to a channel and returns the message ts', async () => {
    fake.answer('chat.postMessage', () => ({
      ok: true,
      channel: 'C0002',
      ts: '1700000001.000100',
    }));
    const delivered = await bot.platform.publish(
      { platform: 'slack', channelId: 'C0002', isDirect: false },
      reply,
    );
    expect(delivered).toEqual({ messageId: '1700000001.000100' });
    const [message] = renderSlack(reply);
    expect(fake.callsTo('chat.postMessage').map((call) => call.body)).toEqual([
      { channel: 'C0002', ...message },
    ]);
  });

  it('opens the DM for a person and posts there', async () => {
    await bot.platform.publish({ platform: 'slack', channelId: 'U0002', isDirect: true }, reply);
    expect(fake.callsTo('conversations.open').map((call) => call.body)).toEqual([
      { users: 'U0002' },
    ]);
    expect(fake.callsTo('chat.postMessage')[0]?.body.channel).toBe('DU0002');
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive'])(
    'turns %s into a PermanentDeliveryError',
    async (code) => {
      fake.failOnce('chat.postMessage', code);
      const error = await bot.platform
        .publish({ platform: 'slack', channelId: 'C0404', isDirect: false }, reply)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as PermanentDeliveryError).reason).toBe(`slack:${code}`);
    },
  );

  it('lets other errors through as transient', async () => {
    fake.failOnce('chat.postMessage', 'internal_error');
    const error = await bot.platform
      .publish({ platform: 'slack', channelId: 'C0002', isDirect: false }, reply)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('publishing a scheduled delivery to Slack', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(fake);
  });
  afterAll(async () => {
    await bot?.stop();
  });
  const long: Reply = {
    title: 'Digest',
    private: false,
    blocks: Array.from({ length: 12 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `${'word '.repeat(500)}${i}`,
    })),
  };
  const target = { platform: 'slack' as const, channelId: 'C0777', isDirect: false };

  it('waits out rate limits, however many, and posts a delivery once without reading the history', async () => {
    // More 429s in a row than the client has retries: a rate limit is not a failure.
    for (let i = 0; i < 4; i++) fake.rateLimitOnce('chat.postMessage', 0);
    const short: Reply = {
      title: 'Digest',
      private: false,
      blocks: [{ type: 'paragraph', text: 'News.' }],
    };
    const channel = { ...target, channelId: 'C0429' };
    const delivered = await bot.platform.publish(channel, short, { idempotencyKey: 'digest-429' });
    expect(delivered.messageId).not.toBe('');
    // Four refused, then the one that posted: the same part of the same delivery each time.
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.map((call) => call.body.metadata)).toEqual(
      Array.from({ length: 5 }, () => ({
        event_type: 'briefbot_delivery',
        event_payload: { key: 'digest-429', part: 0 },
      })),
    );
    expect(fake.callsTo('conversations.history')).toHaveLength(0);
  });

  it('marks each part with the delivery key, and a retry posts only the parts that are missing', async () => {
    const parts = renderSlack(long).length;
    expect(parts).toBeGreaterThan(1);
    // The first attempt posts one part, then Slack fails the second (or the process stops).
    fake.failAfter('chat.postMessage', 1, 'fatal_error');
    const firstTry = await bot.platform
      .publish(target, long, { idempotencyKey: 'digest-7' })
      .catch((e: unknown) => e);
    expect(firstTry).toBeInstanceOf(Error);
    expect(fake.posted.get('C0777')).toHaveLength(1);

    const delivered = await bot.platform.publish(target, long, {
      idempotencyKey: 'digest-7',
      recovering: true,
    });
    const posted = fake.posted.get('C0777') ?? [];
    expect(
      posted.map((m) => (m.metadata as { event_payload: { part: number } }).event_payload.part),
    ).toEqual(Array.from({ length: parts }, (_, i) => i));
    expect(delivered.messageId).toBe(posted[0]?.ts);

    const again = await bot.platform.publish(target, long, {
      idempotencyKey: 'digest-7',
      recovering: true,
    });
    expect(fake.posted.get('C0777')).toHaveLength(parts);
    expect(again.messageId).toBe(posted[0]?.ts);
    expect(fake.callsTo('conversations.history').at(-1)?.body).toMatchObject({
      channel: 'C0777',
      include_all_metadata: 'true',
    });
  });

  it('posts without looking back when it is a first attempt', async () => {
    await bot.platform.publish({ ...target, channelId: 'C0778' }, long, {
      idempotencyKey: 'digest-8',
    });
    expect(fake.callsTo('conversations.history').filter((c) => c.body.channel === 'C0778')).toEqual(
      [],
    );
  });
});
