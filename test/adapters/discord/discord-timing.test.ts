import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  APPLICATION_ID,
  buttonClick,
  slashCommand,
  text,
} from '../../../fakes/discord-payloads.ts';
import {
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
} from '../../../fakes/fake-discord.ts';
import { type Command, defineCommand } from '../../../src/core/command.ts';
import { registry } from '../../../src/core/commands/index.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { startBot } from '../../helpers/discord-bot.ts';

const DEFER_AFTER_MS = 50;

/**
 * Slow commands finish only when the test lets them, after it has seen the bot defer: the
 * deadline is passed by construction, whatever the machine's speed, and nothing is timed.
 */
let finish: () => void = () => {};
function held(): Promise<void> {
  return new Promise((resolve) => {
    finish = resolve;
  });
}

/** A command that is still working when the bot's deadline to answer passes. */
const slow = (name: string, reply: () => Reply) =>
  defineCommand({
    name,
    description: 'Takes its time',
    examples: [`/${name}`],
    args: z.object({}),
    run: async () => {
      await held();
      return reply();
    },
  });
const commands: readonly Command[] = [
  ...registry,
  slow('slow', () => ({ title: 'Worth the wait', blocks: [], private: false })),
  slow('slowprivate', () => ({
    blocks: [{ type: 'paragraph', text: 'Only for you' }],
    private: true,
  })),
  slow('slowboom', () => {
    throw new Error('late failure');
  }),
  defineCommand({
    name: 'long',
    description: 'Two messages long',
    examples: ['/long'],
    args: z.object({}),
    run: () => ({
      private: false,
      blocks: [0, 1].map((i) => ({
        type: 'paragraph' as const,
        text: `part${i} ${'word '.repeat(900)}`,
      })),
    }),
  }),
];

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  fake = await startFakeDiscord();
  stop = (await startBot(fake, { registry: commands, deferAfterMs: DEFER_AFTER_MS })).bot.stop;
});
afterAll(async () => {
  await stop();
  await fake.close();
});

/**
 * Sends an interaction to a slow command; once the bot has deferred (its first request), lets the
 * command finish, and resolves with the requests once `done` says they are complete.
 */
async function exchange(
  name: string,
  done: (mine: RecordedRequest[]) => boolean,
  payload: { id: string; token: string } = slashCommand(name),
) {
  const since = fake.requests.length;
  const mineOf = () =>
    fake.requests
      .slice(since)
      .filter((r) => r.path.includes(payload.token) || r.path.includes(payload.id));
  fake.dispatch('INTERACTION_CREATE', payload);
  await fake.waitFor(() => mineOf().length > 0, since);
  const beforeFinish = mineOf();
  finish();
  await fake.waitFor(() => done(mineOf()), since);
  return { mine: mineOf(), beforeFinish, token: payload.token };
}
const methods =
  (...expected: string[]) =>
  (mine: RecordedRequest[]) =>
    mine.map((r) => r.method).join() === expected.join();
const original = `/messages/@original`;

describe('answering within Discord’s three seconds', () => {
  it('answers a command that is ready before the deadline directly, never deferring it', async () => {
    // The core answers without waiting on anything, so the answer is there before any timer can
    // fire: a direct reply (type 4) every time, however busy the machine. Its speed is in the bench.
    for (let i = 0; i < 10; i++) {
      const payload = slashCommand('quote', [text('person', 'blinken')]);
      const since = fake.requests.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      const callback = await fake.waitFor((r) => r.path.includes(payload.id), since);
      expect((callback.body as { type: number }).type).toBe(4);
    }
  });

  it('defers a command still working at the deadline, then edits the reply in', async () => {
    const { mine, beforeFinish, token } = await exchange('slow', methods('POST', 'PATCH'));
    const [defer, edit] = mine;
    expect(beforeFinish).toEqual([defer]);
    expect(defer?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${token}${original}`);
    expect(edit?.body).toMatchObject({
      embeds: [{ title: 'Worth the wait' }],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });

  it('defers a slow page turn as an update and then edits the message in place', async () => {
    const { mine, token } = await exchange(
      'slow',
      methods('POST', 'PATCH'),
      buttonClick('p0:/slow'),
    );
    expect(mine[0]?.body).toEqual({ type: 6 });
    expect(mine[1]?.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${token}${original}`);
    expect(mine[1]?.body).toMatchObject({ embeds: [{ title: 'Worth the wait' }] });
  });

  it('replaces a deferred reply by an ephemeral follow-up when the answer is private', async () => {
    const { mine } = await exchange('slowprivate', methods('POST', 'DELETE', 'POST'));
    expect(mine.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    expect(mine[1]?.path.endsWith(original)).toBe(true);
    expect(mine[2]?.body).toMatchObject({
      flags: 64,
      embeds: [{ description: 'Only for you' }],
      allowed_mentions: { parse: [] },
    });
  });

  it('apologises privately for a slow command that fails', async () => {
    const { mine } = await exchange('slowboom', methods('POST', 'DELETE', 'POST'));
    expect(mine.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    expect(mine[2]?.body).toMatchObject({
      flags: 64,
      embeds: [{ description: expect.stringMatching(/^Sorry, something went wrong/) }],
    });
  });
});

describe('rate limits', () => {
  it('waits out a 429 on a follow-up and then delivers it', async () => {
    fake.overrideOnce('POST', /^\/api\/v10\/webhooks\//, {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const { mine } = await exchange('long', methods('POST', 'POST', 'POST'));
    const followUps = mine.filter((r) => r.path.includes('/webhooks/'));
    expect(followUps).toHaveLength(2);
    const [limited, delivered] = followUps;
    // How long discord.js waits (the Retry-After header) is the library's; what is ours is
    // that the refused follow-up is sent again, unchanged, and nothing is lost.
    expect(delivered?.body).toEqual(limited?.body);
    expect(JSON.stringify(delivered?.body)).toContain('part1');
  });
});
