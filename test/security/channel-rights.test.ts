import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PERMISSIONS,
  type Callback,
  type CommandOption,
  MEMBER_PERMISSIONS,
  slashCommand,
  text,
  type Where,
} from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import type { ContextFactory } from '../../src/core/command.ts';
import { seedLibrary } from '../helpers/briefings.ts';
import { createTestDigests } from '../helpers/digests.ts';
import { startBot } from '../helpers/discord-bot.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../helpers/slack-bot.ts';

const REFUSAL = 'Only people who can manage this channel';
const library = seedLibrary();
const digests = createTestDigests(library);
const createContext: ContextFactory = (caller) => ({
  library,
  caller,
  now: () => new Date(),
  digests: digests.service,
});

let discord: FakeDiscord;
let discordBot: Awaited<ReturnType<typeof startBot>>;
let slack: FakeSlack;
let slackBot: TestBot;

beforeAll(async () => {
  discord = await startFakeDiscord();
  discordBot = await startBot(discord, { library, createContext });
  slack = await startFakeSlack();
  const roles: Record<string, Record<string, boolean>> = {
    UADMIN: { is_admin: true },
    UOWNER: { is_owner: true },
  };
  slack.answer('users.info', (body) => ({
    ok: true,
    user: { id: body.user, is_admin: false, ...roles[String(body.user)] },
  }));
  slackBot = await startTestBot(slack, {
    library,
    createContext,
    env: { SLACK_DIGEST_ADMINS: 'ULISTED' },
  });
});
afterAll(async () => {
  await discordBot?.bot.stop();
  await discord?.close();
  await slackBot?.stop();
  await slack?.close();
  await digests.stop();
});

const subscriptions = async (platform: string) =>
  (await digests.store.listSubscriptions()).filter((s) => s.platform === platform);

/** Runs `/digest <sub>` on Discord and returns the interaction callback. */
async function discordDigest(sub: string, options: CommandOption[], where: Where) {
  const since = discord.requests.length;
  const interaction = slashCommand('digest', [{ name: sub, type: 1, options }], where);
  discord.dispatch('INTERACTION_CREATE', interaction);
  const callback = await discord.waitFor(
    (r) => r.path.includes(`/interactions/${interaction.id}/`),
    since,
  );
  return callback.body as Callback;
}

describe('on Discord, only members with Manage Channels change a channel’s digests', () => {
  let id = 0;

  it('a member without Manage Channels is refused privately, and nothing is stored', async () => {
    const answer = await discordDigest('subscribe', [text('time', '09:00')], {
      permissions: MEMBER_PERMISSIONS,
    });
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(JSON.stringify(answer.data)).toContain(REFUSAL);
    expect(await subscriptions('discord')).toEqual([]);
  });

  it('a member with Manage Channels subscribes the channel', async () => {
    const answer = await discordDigest('subscribe', [text('time', '09:00')], {
      permissions: ADMIN_PERMISSIONS,
    });
    expect(answer.data.flags).toBeUndefined();
    const [created] = await subscriptions('discord');
    expect(created).toMatchObject({ isDirect: false, pausedReason: null });
    id = created?.id ?? 0;
  });

  it.each(['pause', 'unsubscribe'])(
    'a member without Manage Channels cannot %s it',
    async (sub) => {
      const answer = await discordDigest(sub, [{ name: 'id', type: 4, value: id }], {
        permissions: MEMBER_PERMISSIONS,
      });
      expect(answer.data.flags).toBe(64);
      expect(JSON.stringify(answer.data)).toContain(REFUSAL);
      expect(await digests.store.getSubscription(id)).toMatchObject({ pausedReason: null });
    },
  );

  it('anyone may subscribe themselves in a DM', async () => {
    const answer = await discordDigest('subscribe', [], { dm: true });
    expect(JSON.stringify(answer.data)).not.toContain(REFUSAL);
    expect((await subscriptions('discord')).filter((s) => s.isDirect)).toHaveLength(1);
  });
});

/** Runs `/digest <text>` on Slack as `user` in `channel`; returns the acknowledgement's JSON. */
async function slackDigest(textArgs: string, user: string, channel = 'C0777') {
  const body = slashCommandBody('/digest', textArgs, slack.responseUrl(`d-${user}`), {
    user_id: user,
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'newsroom',
  });
  const response = await postToSlackApp(slackBot.eventsUrl, SIGNING_SECRET, body);
  expect(response.status).toBe(200);
  return response.json as { response_type: string; text: string };
}

describe('on Slack, only admins, owners and SLACK_DIGEST_ADMINS change a channel’s digests', () => {
  it('a member who is neither is refused privately, and nothing is stored', async () => {
    const answer = await slackDigest('subscribe time:09:00', 'U0001');
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer)).toContain(REFUSAL);
    expect(await subscriptions('slack')).toEqual([]);
  });

  it('a member is refused when Slack cannot say who they are', async () => {
    slack.failOnce('users.info', 'user_not_found');
    const answer = await slackDigest('subscribe time:09:00', 'UADMIN');
    expect(JSON.stringify(answer)).toContain(REFUSAL);
    expect(await subscriptions('slack')).toEqual([]);
  });

  it.each([
    ['a workspace admin', 'UADMIN'],
    ['a workspace owner', 'UOWNER'],
    ['a user in SLACK_DIGEST_ADMINS', 'ULISTED'],
  ])('%s may subscribe the channel', async (_, user) => {
    const before = (await subscriptions('slack')).length;
    const answer = await slackDigest('subscribe time:09:00', user, `C${user}`);
    expect(answer.response_type).toBe('in_channel');
    expect(await subscriptions('slack')).toHaveLength(before + 1);
  });

  it.each(['pause', 'unsubscribe'])('a member who is neither cannot %s one', async (sub) => {
    const [target] = await subscriptions('slack');
    const answer = await slackDigest(`${sub} ${target?.id}`, 'U0001', target?.channelId);
    expect(JSON.stringify(answer)).toContain(REFUSAL);
    expect(await digests.store.getSubscription(target?.id ?? 0)).toMatchObject({
      pausedReason: null,
    });
  });

  it('anyone may subscribe themselves in a DM', async () => {
    const answer = await slackDigest('subscribe', 'U0002', 'D0002');
    expect(JSON.stringify(answer)).not.toContain(REFUSAL);
    expect((await subscriptions('slack')).filter((s) => s.isDirect)).toHaveLength(1);
  });
});
