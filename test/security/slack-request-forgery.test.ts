import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import {
  blockActionsBody,
  eventBody,
  postToSlackApp,
  type SignedOptions,
  signature,
  slashCommandBody,
} from '../../fakes/slack-requests.ts';
import { ACTION_PREFIX, encodeInvocation } from '../../src/adapters/slack/action-value.ts';
import { defineCommand } from '../../src/core/command.ts';
import { registry } from '../../src/core/commands/index.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../helpers/slack-bot.ts';

/** A command that counts its runs: a request that reaches any handler runs it. */
let runs = 0;
const probe = defineCommand({
  name: 'probe',
  description: 'Counts its runs',
  examples: ['/probe'],
  args: z.object({}),
  run: () => {
    runs++;
    return { title: 'Probed', private: false, blocks: [{ type: 'paragraph', text: 'ok' }] };
  },
});

let fake: FakeSlack;
let bot: TestBot;
let sent = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot(fake, { registry: [...registry, probe] });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Each kind of request Slack sends over HTTP, all running the probe if they get through. */
const kinds: Record<string, () => string> = {
  'a slash command': () => slashCommandBody('/probe', '', fake.responseUrl(`r${++sent}`)),
  'a DM event': () =>
    eventBody(
      {
        type: 'message',
        channel_type: 'im',
        channel: 'D0001',
        user: 'U0001',
        text: '/probe',
        ts: `${++sent}.000100`,
      },
      `EvProbe${sent}`,
    ),
  'a mention event': () =>
    eventBody(
      { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> /probe', ts: '1.1' },
      `EvProbe${++sent}`,
    ),
  'a button click': () =>
    blockActionsBody(
      {
        type: 'button',
        action_id: `${ACTION_PREFIX}choice-0`,
        value: encodeInvocation({ command: 'probe', args: {} }),
        text: { type: 'plain_text', text: 'Probe' },
      },
      fake.responseUrl(`r${++sent}`),
    ),
};

const now = () => Math.floor(Date.now() / 1000);

/** Ways to forge, age or alter a request; each gets the body and returns what is sent. */
const attacks: Record<string, (body: string) => { body: string; options: SignedOptions }> = {
  'forged: no signature or timestamp': (body) => ({ body, options: { unsigned: true } }),
  'forged: a made-up signature': (body) => ({
    body,
    options: { signature: `v0=${'ab'.repeat(32)}` },
  }),
  'forged: signed with another secret': (body) => ({
    body,
    options: { secret: 'an-attackers-guess-at-the-secret' },
  }),
  'forged: an unknown signature version': (body) => {
    const timestamp = now();
    const hash = signature(SIGNING_SECRET, timestamp, body).slice(3);
    return { body, options: { timestamp, signature: `v1=${hash}` } };
  },
  'stale: a correct signature six minutes old': (body) => ({
    body,
    options: { timestamp: now() - 6 * 60 },
  }),
  // Bolt refuses only the past; a request dated ahead could be replayed until five minutes
  // after its date.
  'future: a correct signature ten minutes ahead': (body) => ({
    body,
    options: { timestamp: now() + 10 * 60 },
  }),
  'future: a correct signature a year ahead': (body) => ({
    body,
    options: { timestamp: now() + 365 * 24 * 60 * 60 },
  }),
  'tampered: the body changed after signing': (body) => {
    const timestamp = now();
    const signed = signature(SIGNING_SECRET, timestamp, body);
    const changed = body.includes('probe') ? body.replace('probe', 'PROBE') : `${body} `;
    return { body: changed, options: { timestamp, signature: signed } };
  },
  'tampered: the timestamp changed after signing': (body) => {
    const timestamp = now();
    const signed = signature(SIGNING_SECRET, timestamp - 10, body);
    return { body, options: { timestamp, signature: signed } };
  },
};

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('Slack requests that are not provably from Slack, now', () => {
  for (const [kind, build] of Object.entries(kinds)) {
    for (const [attack, alter] of Object.entries(attacks)) {
      it(`${kind}, ${attack}: 401, and no handler runs`, async () => {
        const { body, options } = alter(build());
        const calls = fake.calls.length;
        const responses = fake.responses.length;
        const before = runs;
        const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, options);
        expect(response.status).toBe(401);
        expect(response.text).toBe('');
        await settle();
        expect(runs).toBe(before);
        expect(fake.calls.slice(calls)).toEqual([]);
        expect(fake.responses.slice(responses)).toEqual([]);
      });
    }
  }

  it.each(Object.keys(kinds))(
    '%s replayed after the five-minute window: 401, though the first delivery ran',
    async (kind) => {
      const body = kinds[kind]?.() ?? '';
      const timestamp = now();
      const before = runs;
      const first = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, { timestamp });
      expect(first.status).toBe(200);
      await settle();
      expect(runs).toBe(before + 1);
      const afterFirst = runs;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 5 * 60_000 + 1_000);
      const calls = fake.calls.length;
      const replay = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, { timestamp });
      expect(replay.status).toBe(401);
      vi.useRealTimers();
      await settle();
      expect(runs).toBe(afterFirst);
      expect(fake.calls.slice(calls)).toEqual([]);
    },
  );

  it.each(Object.keys(kinds))(
    '%s signed four minutes ahead (a fast clock) is accepted',
    async (kind) => {
      const body = kinds[kind]?.() ?? '';
      const before = runs;
      const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, {
        timestamp: now() + 4 * 60,
      });
      expect(response.status).toBe(200);
      await settle();
      expect(runs).toBe(before + 1);
    },
  );

  it('an event redelivered within the window (same event_id, signed afresh) is answered once', async () => {
    const body = kinds['a DM event']?.() ?? '';
    const timestamp = now();
    const before = runs;
    for (let i = 0; i < 3; i++) {
      const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, {
        timestamp: timestamp + i,
        ...(i > 0 ? { headers: { 'x-slack-retry-num': String(i) } } : {}),
      });
      expect(response.status).toBe(200);
    }
    // The very same signed delivery again is a replay: refused before it reaches a handler.
    const copy = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(copy.status).toBe(401);
    await settle();
    expect(runs).toBe(before + 1);
  });

  // Bolt enforces only the five-minute window; the receiver remembers every signed request for
  // that long, so the same signed slash command sent again is refused and does not run again.
  it('a slash command replayed within the window is refused, and runs once', async () => {
    const body = kinds['a slash command']?.() ?? '';
    const timestamp = now();
    const before = runs;
    const first = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(first.status).toBe(200);
    const replay = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(replay.status).toBe(401);
    // Dressed as Slack's own redelivery (an unsigned header), it is acknowledged and still not run.
    const dressed = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, {
      timestamp,
      headers: { 'x-slack-retry-num': '1' },
    });
    expect(dressed.status).toBe(200);
    await settle();
    expect(runs).toBe(before + 1);
  });
});
