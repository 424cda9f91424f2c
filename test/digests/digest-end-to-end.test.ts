import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ADMIN_PERMISSIONS,
  CHANNEL_ID,
  embedOf,
  type SentMessage,
  slashCommand,
  text,
  USER,
} from '../../fakes/discord-payloads.ts';
import { startFakeDiscord } from '../../fakes/fake-discord.ts';
import { startFakeSlack } from '../../fakes/fake-slack.ts';
import { eventBody, postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import type { Caller } from '../../src/core/caller.ts';
import type { CommandContext } from '../../src/core/command.ts';
import type { DigestService } from '../../src/digests/digest-contract.ts';
import { createDigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createDigestService } from '../../src/digests/digest-service.ts';
import type { Publish } from '../../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { createLogger } from '../../src/logger.ts';
import { seedLibrary } from '../helpers/briefings.ts';
import { startBot } from '../helpers/discord-bot.ts';
import { SIGNING_SECRET, startTestBot } from '../helpers/slack-bot.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const stop of stops.splice(0).reverse()) await stop();
});

/**
 * The app's wiring, as in main: the platform starts with a context factory that reaches the
 * digest service, and the service delivers through that platform's publish port.
 */
function digestWiring() {
  const library = seedLibrary();
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  let service: DigestService | undefined;
  const createContext = (caller: Caller): CommandContext => ({
    library,
    caller,
    now: () => new Date(),
    ...(service ? { digests: service } : {}),
  });
  const connect = (platform: 'discord' | 'slack', publish: Publish) => {
    const scheduler = createDigestScheduler({
      store,
      library,
      publishers: { [platform]: publish },
      log: createLogger({ level: 'silent', destination: new PassThrough() }),
      now: () => new Date(),
      catchupHours: 6,
    });
    // The store is empty when a platform connects: starting has nothing to recover.
    const starting = scheduler.start();
    stops.push(async () => {
      await starting;
      await scheduler.stop();
    });
    service = createDigestService({
      store,
      scheduler,
      library,
      defaultTimezone: 'UTC',
      now: () => new Date(),
    });
  };
  return { library, store, createContext, connect };
}

/** Two seconds before 08:00 UTC; only Date is faked, so node-cron waits two real seconds. */
function twoSecondsBeforeEight(): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date('2026-11-30T07:59:58Z'));
}

const eightOClock = '2026-11-30T08:00:00.000Z';

async function waitForDelivery(store: SubscriptionStore, id: number) {
  await expect
    .poll(async () => (await store.latestDelivery(id))?.status, { timeout: 10_000, interval: 50 })
    .toBe('sent');
  return await store.latestDelivery(id);
}

describe('digests on Discord, end to end', () => {
  async function setUp() {
    const fake = await startFakeDiscord();
    stops.push(() => fake.close());
    const wiring = digestWiring();
    const { bot } = await startBot(fake, {
      library: wiring.library,
      createContext: wiring.createContext,
    });
    stops.push(() => bot.stop());
    wiring.connect('discord', bot.publish);
    const subscribe = async (where: Parameters<typeof slashCommand>[2]) => {
      const payload = slashCommand(
        'digest',
        [{ name: 'subscribe', type: 1, options: [text('time', '08:00'), text('timezone', 'UTC')] }],
        where,
      );
      const since = fake.requests.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      const callback = await fake.waitFor(
        (r) => r.path.includes(`/interactions/${payload.id}/`),
        since,
      );
      return callback.body as { data: SentMessage };
    };
    return { fake, ...wiring, subscribe };
  }

  it('a channel subscribed with /digest subscribe gets its digest at the scheduled minute', async () => {
    twoSecondsBeforeEight();
    const { fake, store, subscribe } = await setUp();
    const answer = await subscribe({ permissions: ADMIN_PERMISSIONS });
    expect(embedOf(answer.data).title).toBe('Digest #1 set up for this channel');
    const delivery = await waitForDelivery(store, 1);
    expect(delivery?.scheduledFor).toBe(eightOClock);
    const posted = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`,
    );
    expect(posted).toHaveLength(1);
    expect(embedOf(posted[0]?.body as SentMessage).title).toBe(
      'Briefbot digest: 1 new or updated briefing',
    );
    expect(posted[0]?.body).toMatchObject({
      nonce: 'digest-1.0',
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    });
    expect(delivery?.messageId).toMatch(/^\d{17,20}$/);
  });

  it('refuses a member without Manage Channels, and lets anyone subscribe in a DM', async () => {
    twoSecondsBeforeEight();
    const { fake, store, subscribe } = await setUp();
    const refused = await subscribe({});
    expect(refused.data.flags).toBe(64);
    expect(embedOf(refused.data).description).toMatch(/^Only people who can manage this channel/);
    expect(await store.listSubscriptions()).toEqual([]);

    const mine = await subscribe({ dm: true });
    expect(embedOf(mine.data).title).toBe('Digest #1 set up for you (direct messages)');
    expect(await store.getSubscription(1)).toMatchObject({ channelId: USER.id, isDirect: true });
    await waitForDelivery(store, 1);
    const opened = fake.requests.filter((r) => r.path === '/api/v10/users/@me/channels');
    expect(opened.map((r) => (r.body as { recipient_id: string }).recipient_id)).toEqual([USER.id]);
  });
});

describe('digests on Slack, end to end', () => {
  async function setUp(env: Record<string, string> = {}) {
    const fake = await startFakeSlack();
    stops.push(() => fake.close());
    fake.answer('users.info', (body) => ({
      ok: true,
      user: { id: body.user, is_admin: body.user === 'UADMIN' },
    }));
    const wiring = digestWiring();
    const bot = await startTestBot(fake, {
      env,
      library: wiring.library,
      createContext: wiring.createContext,
    });
    stops.push(() => bot.stop());
    wiring.connect('slack', bot.platform.publish);
    const subscribe = (user: string, channel = 'C0001') =>
      postToSlackApp(
        bot.eventsUrl,
        SIGNING_SECRET,
        slashCommandBody('/digest', 'subscribe time:08:00 timezone:UTC', fake.responseUrl('r'), {
          user_id: user,
          channel_id: channel,
          ...(channel.startsWith('D') ? { channel_name: 'directmessage' } : {}),
        }),
      );
    return { fake, bot, ...wiring, subscribe };
  }

  it('a channel subscribed by an admin gets its digest at the scheduled minute', async () => {
    twoSecondsBeforeEight();
    const { fake, store, subscribe } = await setUp();
    const answer = await subscribe('UADMIN');
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json ?? (await fake.waitForResponses())[0]?.body)).toContain(
      'Digest #1 set up for this channel',
    );
    const delivery = await waitForDelivery(store, 1);
    expect(delivery?.scheduledFor).toBe(eightOClock);
    const [posted] = fake.posted.get('C0001') ?? [];
    expect(posted?.text).toContain('Briefbot digest: 1 new or updated briefing');
    expect(posted?.metadata).toEqual({
      event_type: 'briefbot_delivery',
      event_payload: { key: 'digest-1', part: 0 },
    });
    expect(delivery?.messageId).toBe(posted?.ts);
  });

  it('refuses a member who is not an admin, unless SLACK_DIGEST_ADMINS lists them; DMs are self-service', async () => {
    const { store, subscribe } = await setUp({ SLACK_DIGEST_ADMINS: 'ULISTED' });
    const refused = await subscribe('UMEMBER');
    expect(JSON.stringify(refused.json)).toContain('Only people who can manage this channel');
    expect(await store.listSubscriptions()).toEqual([]);
    await subscribe('ULISTED');
    expect((await store.listSubscriptions()).map((s) => s.createdBy)).toEqual(['ULISTED']);
    await subscribe('UMEMBER', 'D0042');
    expect((await store.listSubscriptions()).at(-1)).toMatchObject({
      createdBy: 'UMEMBER',
      channelId: 'UMEMBER',
      isDirect: true,
    });
  });

  it('shows a person their own digests on the Home tab', async () => {
    const { fake, bot, subscribe } = await setUp();
    await subscribe('UMEMBER', 'D0042');
    const event = { type: 'app_home_opened', user: 'UMEMBER', channel: 'D0042', tab: 'home' };
    expect(
      (await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, eventBody(event, 'EvHome1'))).status,
    ).toBe(200);
    const [published] = await fake.waitForCalls('views.publish');
    const view = JSON.stringify(published?.body.view);
    expect(view).toContain('Your digests');
    expect(view).toContain('#1 · all briefings · 08:00 every day (UTC) · next ');
  });
});
