import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { dispatchText } from '../../../src/core/dispatch.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { APP_TOKEN, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;
let bot: TestBot;

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot(fake, { socket: true });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Slack in Socket Mode', () => {
  it('connects with the app-level token and listens on no port', async () => {
    const [open] = fake.callsTo('apps.connections.open');
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(bot.platform.port).toBeUndefined();
  });

  it('acks a slash command over the WebSocket with the answer', async () => {
    const socket = await fake.waitForSocket();
    socket.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'verification-token',
          team_id: 'T0001',
          channel_id: 'C0001',
          channel_name: 'general',
          user_id: 'U0001',
          command: '/quote',
          text: 'blinken',
          api_app_id: 'A0001',
          response_url: fake.responseUrl('socket'),
          trigger_id: '1.2.3',
        },
      }),
    );
    const ack = await fake.waitForSocketMessage('env-1');
    const [answer] = renderSlack(
      await dispatchText(registry, '/quote blinken', context(seedLibrary())),
    );
    expect(ack).toEqual({
      envelope_id: 'env-1',
      payload: { response_type: 'in_channel', ...answer },
    });
  });

  it('acks a DM event and answers it with chat.postMessage', async () => {
    const socket = await fake.waitForSocket();
    socket.send(
      JSON.stringify({
        envelope_id: 'env-2',
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
        payload: {
          team_id: 'T0001',
          api_app_id: 'A0001',
          type: 'event_callback',
          event_id: 'EvSocket1',
          event_time: 1_700_000_000,
          event: {
            type: 'message',
            channel_type: 'im',
            channel: 'D0001',
            user: 'U0001',
            text: 'topics',
            ts: '1700000000.000100',
          },
        },
      }),
    );
    expect(await fake.waitForSocketMessage('env-2')).toEqual({ envelope_id: 'env-2', payload: {} });
    const [posted] = await fake.waitForCalls('chat.postMessage');
    expect(posted?.body).toMatchObject({ channel: 'D0001', text: 'Briefings' });
  });
});
