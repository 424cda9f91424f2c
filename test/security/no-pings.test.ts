import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANNEL_ID,
  directMessage,
  slashCommand,
  text,
  USER,
} from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { eventBody, postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import type { Reply } from '../../src/core/reply.ts';
import { composeDigest } from '../../src/digests/compose-digest.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { startBot } from '../helpers/discord-bot.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../helpers/slack-bot.ts';

/** Every way to ping on either platform, as an editor (or a compromised feed) might write it. */
const PINGS =
  '@everyone @here <!channel> <!here> <!everyone> <@U0123ABCD> <!subteam^S0123> <@123456789012345678> <@&123456789012345678> <#C0001>';

const dir = briefingDir({
  'pings.yaml': briefingData({
    id: 'pings',
    title: `Ping test ${PINGS}`,
    summary: `Summary ${PINGS}`,
    keyPoints: [{ text: `Point ${PINGS}`, paragraphs: [1] }],
    background: [`Background ${PINGS}`],
    people: [
      {
        id: 'ada-lovelace',
        name: 'Ada Lovelace',
        role: `Role ${PINGS}`,
        aliases: ['Lovelace'],
      },
    ],
    statements: [
      {
        speaker: 'ada-lovelace',
        kind: 'direct',
        text: `Hello ${PINGS}`,
        context: `“Hello ${PINGS},” Lovelace said.`,
        paragraph: 1,
        notable: true,
      },
    ],
  }),
});
const snapshot = createBriefingFiles(dir).loadAll();
const library = createLibrary(snapshot.briefings);
const digest = composeDigest(library, {
  topics: [],
  since: null,
  notifyEmpty: true,
  footer: `Digest ${PINGS}`,
}).reply as Reply;

let discord: FakeDiscord;
let discordBot: Awaited<ReturnType<typeof startBot>>;
let slack: FakeSlack;
let slackBot: TestBot;

beforeAll(async () => {
  discord = await startFakeDiscord();
  discordBot = await startBot(discord, { library });
  slack = await startFakeSlack();
  slackBot = await startTestBot(slack, { library });
});
afterAll(async () => {
  await discordBot?.bot.stop();
  await discord?.close();
  await slackBot?.stop();
  await slack?.close();
});

describe('briefing content full of mentions', () => {
  it('loads, so the test is about rendering, not about the schema', () => {
    expect(snapshot.problems).toEqual([]);
    expect(library.briefings()).toHaveLength(1);
  });

  it('never pings on Discord: every message sent says allowed_mentions.parse = []', async () => {
    const since = discord.requests.length;
    const commands = [
      slashCommand('brief', [text('topic', 'pings')]),
      slashCommand('quote', [text('person', 'lovelace')]),
      slashCommand('who', [text('person', 'lovelace')]),
      slashCommand('search', [text('words', 'everyone')]),
    ];
    for (const command of commands) discord.dispatch('INTERACTION_CREATE', command);
    discord.dispatch('MESSAGE_CREATE', directMessage('brief me on pings'));
    for (const command of commands) {
      await discord.waitFor((r) => r.path.includes(`/interactions/${command.id}/`), since);
    }
    await discord.waitFor((r) => r.path.endsWith('/messages') && r.method === 'POST', since);
    await discordBot.bot.publish(
      { platform: 'discord', channelId: CHANNEL_ID, isDirect: false },
      digest,
      { idempotencyKey: 'digest-pings' },
    );
    await discordBot.bot.publish(
      { platform: 'discord', channelId: USER.id, isDirect: true },
      digest,
      { idempotencyKey: 'digest-pings-dm' },
    );
    const messages = discord.requests
      .slice(since)
      .map((r) => r.body as { data?: Record<string, unknown> } & Record<string, unknown>)
      .map((body) => (body?.data && 'embeds' in body.data ? body.data : body))
      .filter((body) => body && 'embeds' in body);
    expect(messages.length).toBeGreaterThanOrEqual(commands.length + 3);
    for (const message of messages) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.content ?? '').not.toMatch(/@everyone|@here|<@/);
    }
    expect(JSON.stringify(messages)).toContain('@everyone');
  });

  it('never pings on Slack: no <!…>, <@…> or <#…> reaches any message, only escaped text', async () => {
    const calls = slack.calls.length;
    const responses = slack.responses.length;
    const acks: unknown[] = [];
    for (const command of [
      '/brief pings',
      '/quote lovelace',
      '/who lovelace',
      '/search everyone',
    ]) {
      const [name, ...words] = command.split(' ');
      const body = slashCommandBody(name ?? '', words.join(' '), slack.responseUrl('pings'));
      const response = await postToSlackApp(slackBot.eventsUrl, SIGNING_SECRET, body);
      acks.push(response.json);
    }
    const dm = { type: 'message', channel_type: 'im', channel: 'D0009', user: 'U0001' };
    await postToSlackApp(
      slackBot.eventsUrl,
      SIGNING_SECRET,
      eventBody({ ...dm, text: 'brief me on pings', ts: '1.000001' }, 'EvPings1'),
    );
    await postToSlackApp(
      slackBot.eventsUrl,
      SIGNING_SECRET,
      eventBody(
        {
          type: 'app_mention',
          channel: 'C0009',
          user: 'U0001',
          text: '<@UBOT> /quote lovelace',
          ts: '1.2',
        },
        'EvPings2',
      ),
    );
    await slack.waitForCalls('chat.postMessage', 2);
    await slackBot.platform.publish(
      { platform: 'slack', channelId: 'C0009', isDirect: false },
      digest,
      { idempotencyKey: 'digest-pings' },
    );
    await slackBot.platform.publish(
      { platform: 'slack', channelId: 'U0001', isDirect: true },
      digest,
      { idempotencyKey: 'digest-pings-dm' },
    );
    const sent = [
      ...acks,
      ...slack.responses.slice(responses).map((r) => r.body),
      ...slack.calls
        .slice(calls)
        .filter((c) => c.method.startsWith('chat.'))
        .map((c) => ({ text: c.body.text, blocks: c.body.blocks })),
    ];
    expect(sent.length).toBeGreaterThanOrEqual(8);
    const wire = JSON.stringify(sent);
    expect(wire).not.toMatch(/<[!@#]/);
    expect(wire).toContain('&lt;!channel&gt;');
    expect(wire).toContain('&lt;@U0123ABCD&gt;');
  });
});
