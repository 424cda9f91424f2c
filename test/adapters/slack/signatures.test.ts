import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import {
  eventBody,
  postToSlackApp,
  type SignedOptions,
  slashCommandBody,
} from '../../../fakes/slack-requests.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;
let bot: TestBot;

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot(fake);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Slack request verification in HTTP mode', () => {
  it.each<[string, SignedOptions]>([
    ['a bad signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['the wrong signing secret', { secret: 'not-the-signing-secret' }],
    ['no signature or timestamp headers', { unsigned: true }],
    ['a timestamp 6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('refuses a slash command with %s: 401, and the command does not run', async (_, options) => {
    const responseUrl = fake.responseUrl('refused');
    const body = slashCommandBody('/quote', 'blinken', responseUrl);
    const before = bot.logs();
    const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, options);
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('Blinken');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.responses).toEqual([]);
    expect(bot.logs().slice(before.length)).not.toContain('request answered');
  });

  it('refuses an event with a bad signature: no reply is posted', async () => {
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'D0001',
      user: 'U0001',
      text: 'who is shin won-sik?',
      ts: '1.000001',
    });
    const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body, {
      secret: 'not-the-signing-secret',
    });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({
      token: 'verification-token',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });
});
