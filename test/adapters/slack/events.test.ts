import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { blockActionsBody, eventBody, postToSlackApp } from '../../../fakes/slack-requests.ts';
import { renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { dispatchText } from '../../../src/core/dispatch.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;
let bot: TestBot;
let eventCount = 0;

function dm(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel_type: 'im',
    channel: 'D0001',
    user: 'U0001',
    text,
    ts: `1700000000.00${++eventCount}`,
    ...extra,
  };
}

function send(event: Record<string, unknown>, eventId = `Ev${++eventCount}`, retry?: number) {
  return postToSlackApp(bot.eventsUrl, SIGNING_SECRET, eventBody(event, eventId), {
    headers: retry
      ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' }
      : {},
  });
}

async function expected(text: string) {
  return renderSlack(await dispatchText(registry, text, context(seedLibrary())));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot(fake);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});
beforeEach(() => {
  fake.calls.length = 0;
});

describe('Slack DMs and mentions', () => {
  it('answers a DM in plain language with chat.postMessage to that DM', async () => {
    const response = await send(dm('what did blinken say?'));
    expect(response.status).toBe(200);
    const [posted] = await fake.waitForCalls('chat.postMessage');
    const [answer] = await expected('/quote blinken');
    expect(posted?.body).toEqual({ team_id: 'T0001', channel: 'D0001', ...answer });
    expect(posted?.headers.authorization).toBe('Bearer xoxb-test-bot-token-123456');
  });

  it('answers an @-mention in its channel, without the mention in the question', async () => {
    await send({
      type: 'app_mention',
      channel: 'C0001',
      user: 'U0001',
      text: '<@UBOT> who is shin won-sik?',
      ts: '1700000000.000500',
    });
    const [posted] = await fake.waitForCalls('chat.postMessage');
    const [answer] = await expected('who is shin won-sik?');
    expect(posted?.body).toEqual({ team_id: 'T0001', channel: 'C0001', ...answer });
  });

  it('answers a mention in a thread in that thread', async () => {
    await send({
      type: 'app_mention',
      channel: 'C0001',
      user: 'U0001',
      text: '<@UBOT> topics',
      ts: '1700000000.000700',
      thread_ts: '1700000000.000600',
    });
    const [posted] = await fake.waitForCalls('chat.postMessage');
    expect(posted?.body).toMatchObject({ channel: 'C0001', thread_ts: '1700000000.000600' });
  });

  it('answers a mention it cannot understand privately to the asker', async () => {
    await send({
      type: 'app_mention',
      channel: 'C0001',
      user: 'U0001',
      text: '<@UBOT> make me a sandwich',
      ts: '1700000000.000800',
    });
    const [posted] = await fake.waitForCalls('chat.postEphemeral');
    expect(posted?.body).toMatchObject({
      channel: 'C0001',
      user: 'U0001',
      text: "Sorry, I didn't understand that.",
    });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers an event delivered twice (X-Slack-Retry-Num: 1) once', async () => {
    const event = dm('topics');
    expect((await send(event, 'EvTwice')).status).toBe(200);
    expect((await send(event, 'EvTwice', 1)).status).toBe(200);
    await fake.waitForCalls('chat.postMessage');
    await settle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    // Sent within the same second, the redelivery is signed identically: acknowledged, not run.
    expect(bot.logs()).toMatch(
      /"eventId":"EvTwice","retryNum":1,"msg":"event already handled; skipped"|"msg":"acknowledged a repeated Slack delivery without running it"/,
    );
  });

  it('ignores other bots, message edits and its own messages', async () => {
    await send(dm('topics', { bot_id: 'BOTHER' }));
    await send(dm('topics', { subtype: 'message_changed' }));
    await send(dm('topics', { user: 'UBOT', bot_id: 'BBOT' }));
    await settle();
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('waits out a 429 from chat.postMessage and then delivers the answer', async () => {
    fake.rateLimitOnce('chat.postMessage', 1);
    await send(dm('who is shin won-sik?'));
    const [limited, delivered] = await fake.waitForCalls('chat.postMessage', 2);
    // How long the Web API client waits (it honours retry-after) is the library's; what is ours
    // is that the refused post is made again, unchanged, and the answer arrives.
    const [answer] = await expected('who is shin won-sik?');
    expect(limited?.body).toEqual({ team_id: 'T0001', channel: 'D0001', ...answer });
    expect(delivered?.body).toEqual(limited?.body);
  });

  it('publishes the Home tab with the briefings and how to use the bot', async () => {
    await send({ type: 'app_home_opened', user: 'U0001', channel: 'D0001', tab: 'home' });
    const [published] = await fake.waitForCalls('views.publish');
    const view = published?.body.view as { type: string; blocks: unknown[] };
    expect(published?.body.user_id).toBe('U0001');
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(
      'Putin and Kim sign a strategic partnership in Pyongyang · /brief russia-dprk',
    );
    expect(text).toContain('/quote &lt;person&gt; [topic]');
    expect(text).toContain('what did blinken say?');
  });
});

describe('Slack buttons outside messages', () => {
  it('answers a button from the Home tab (no response_url) in the person’s DM', async () => {
    const body = blockActionsBody(
      { type: 'button', action_id: 'briefbot:choice-0', value: '{"command":"topics","args":{}}' },
      undefined,
      { container: { type: 'view', view_id: 'V0001' }, channel: undefined },
    );
    expect((await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body)).status).toBe(200);
    const [posted] = await fake.waitForCalls('chat.postMessage');
    expect(fake.callsTo('conversations.open').map((call) => call.body.users)).toEqual(['U0001']);
    expect(posted?.body).toMatchObject({ channel: 'DU0001', text: 'Briefings' });
  });
});
