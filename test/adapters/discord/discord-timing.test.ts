import { setTimeout as sleep } from 'node:timers/promises';
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
const SLOW_MS = 300;

/** A command that takes longer than the bot waits before deferring. */
const slow = (name: string, reply: () => Reply) =>
  defineCommand({
    name,
    description: 'Takes its time',
    examples: [`/${name}`],
    args: z.object({}),
    run: async () => {
      await sleep(SLOW_MS);
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

/** Sends an interaction; resolves with its requests once `done` says they are complete. */
async function exchange(
  name: string,
  done: (mine: RecordedRequest[]) => boolean,
  payload: { id: string; token: string } = slashCommand(name),
) {
  const since = fake.requests.length;
  const sent = performance.now();
  const mineOf = () =>
    fake.requests
      .slice(since)
      .filter((r) => r.path.includes(payload.token) || r.path.includes(payload.id));
  fake.dispatch('INTERACTION_CREATE', payload);
  await fake.waitFor(() => done(mineOf()), since, 5000);
  return { mine: mineOf(), sent, token: payload.token };
}
const methods =
  (...expected: string[]) =>
  (mine: RecordedRequest[]) =>
    mine.map((r) => r.method).join() === expected.join();
const original = `/messages/@original`;

describe('answering within Discord’s three seconds', () => {
  it('answers a quick command directly, in milliseconds', async () => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const payload = slashCommand('quote', [text('person', 'blinken')]);
      const since = fake.requests.length;
      const sent = performance.now();
      fake.dispatch('INTERACTION_CREATE', payload);
      const callback = await fake.waitFor((r) => r.path.includes(payload.id), since);
      expect((callback.body as { type: number }).type).toBe(4);
      times.push(callback.at - sent);
    }
    times.sort((a, b) => a - b);
    expect(times[5]).toBeLessThan(DEFER_AFTER_MS);
  });

  it('defers a slow command at once and then edits the reply in', async () => {
    const { mine, sent, token } = await exchange('slow', methods('POST', 'PATCH'));
    const [defer, edit] = mine;
    expect(defer?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect((defer?.at ?? 0) - sent).toBeLessThan(SLOW_MS);
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
    expect(delivered?.body).toEqual(limited?.body);
    expect(JSON.stringify(delivered?.body)).toContain('part1');
    expect((delivered?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });
});
