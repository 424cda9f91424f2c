import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../../../fakes/slack-requests.ts';
import { createRedisSeenOnce } from '../../../src/app/redis-seen-once.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

// The Redis every development and CI machine runs; each run writes under its own prefix.
const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `briefbot-test-${randomBytes(4).toString('hex')}:`;

let fake: FakeSlack;
const bots: TestBot[] = [];
const stores: ReturnType<typeof createRedisSeenOnce>[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  // Two bot processes behind a load balancer, sharing one Redis.
  for (let i = 0; i < 2; i++) {
    const seenOnce = createRedisSeenOnce(REDIS_URL, prefix);
    stores.push(seenOnce);
    bots.push(await startTestBot(fake, { seenOnce }));
  }
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const store of stores) await store.close();
  await fake.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const first = () => bots[0] as TestBot;
const second = () => bots[1] as TestBot;
const now = () => Math.floor(Date.now() / 1000);

function dmEvent(eventId: string, text: string): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T0001',
    api_app_id: 'A0001',
    event_id: eventId,
    event_time: now(),
    event: {
      type: 'message',
      channel_type: 'im',
      channel: 'D0001',
      user: 'U0001',
      text,
      ts: `${now()}.000100`,
    },
  });
}

const dmPosts = () =>
  fake.callsTo('chat.postMessage').filter((call) => call.body.channel === 'D0001');

describe('two processes sharing Redis', () => {
  it('refuse on one a signed request already received by the other', async () => {
    const body = slashCommandBody('/quote', 'blinken', fake.responseUrl('replay'));
    const timestamp = now();
    const answered = await postToSlackApp(first().eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(answered.status).toBe(200);
    const replayed = await postToSlackApp(second().eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(replayed.status).toBe(401);
    // The same command signed afresh (a new request) is answered by either.
    const again = await postToSlackApp(second().eventsUrl, SIGNING_SECRET, body, {
      timestamp: timestamp + 1,
    });
    expect(again.status).toBe(200);
  });

  it('answer an event once when Slack redelivers it to the other process', async () => {
    const eventId = `Ev${randomBytes(5).toString('hex').toUpperCase()}`;
    const body = dmEvent(eventId, 'what did blinken say?');
    const before = dmPosts().length;
    const timestamp = now();
    const delivered = await postToSlackApp(first().eventsUrl, SIGNING_SECRET, body, { timestamp });
    expect(delivered.status).toBe(200);
    const retried = await postToSlackApp(second().eventsUrl, SIGNING_SECRET, body, {
      timestamp: timestamp + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retried.status).toBe(200);
    // The first process answers; wait for its post, then make sure no second one follows.
    for (let turn = 0; turn < 200 && dmPosts().length === before; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dmPosts().length - before).toBe(1);
  });
});
