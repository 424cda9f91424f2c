import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ADMIN_PERMISSIONS,
  APPLICATION_ID,
  autocomplete,
  buttonClick,
  type Callback,
  type CommandOption,
  embedOf,
  labelsOf,
  slashCommand,
  text,
  type Where,
} from '../../../fakes/discord-payloads.ts';
import {
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
} from '../../../fakes/fake-discord.ts';
import { type Command, defineCommand } from '../../../src/core/command.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { type LogLine, startBot } from '../../helpers/discord-bot.ts';

const boom = defineCommand({
  name: 'boom',
  description: 'Always fails',
  examples: ['/boom'],
  args: z.object({}),
  run() {
    throw new Error('kaboom');
  },
});
const restricted = defineCommand({
  name: 'watch add',
  description: 'Follow a briefing in this channel',
  examples: ['/watch add russia-dprk'],
  access: 'manage-channel',
  args: z.object({ topic: z.string().describe('Briefing') }),
  run: ({ topic }) => ({
    title: `Following ${topic}`,
    blocks: [],
    private: false,
  }),
});
const long = defineCommand({
  name: 'long',
  description: 'A reply too long for one message',
  examples: ['/long'],
  args: z.object({}),
  run: () => ({
    title: 'Long',
    private: true,
    blocks: Array.from({ length: 4 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `part${i} ${'lorem ipsum '.repeat(300)}`,
    })),
  }),
});
const commands: readonly Command[] = [...registry, boom, restricted, long];

let fake: FakeDiscord;
let stop: () => Promise<void>;
let logs: () => LogLine[];

beforeAll(async () => {
  fake = await startFakeDiscord();
  const started = await startBot(fake, { registry: commands });
  stop = started.bot.stop;
  logs = started.logs;
});
afterAll(async () => {
  await stop();
  await fake.close();
});

type Payload = ReturnType<typeof slashCommand>;

/** Sends an interaction and returns the first response Discord would get for it. */
async function interact(payload: Payload | ReturnType<typeof buttonClick>) {
  const since = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  const callback = await fake.waitFor(
    (r) => r.path.includes(`/interactions/${payload.id}/`),
    since,
  );
  return { callback, body: callback.body as Callback, since };
}
const run = (name: string, options: CommandOption[] = [], where?: Where) =>
  interact(slashCommand(name, options, where));
const webhookOf = (payload: { token: string }) => (r: RecordedRequest) =>
  r.path.startsWith(`/api/v10/webhooks/${APPLICATION_ID}/${payload.token}`);

describe('slash commands on Discord', () => {
  it('/quote blinken answers with his reported statement, publicly, pinging no one', async () => {
    const { callback, body } = await run('quote', [text('person', 'blinken')]);
    expect(callback.path).toMatch(/^\/api\/v10\/interactions\/\d+\/token-\d+\/callback$/);
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [
          {
            color: 0x2f6fdb,
            title: 'What Antony Blinken said',
            description: [
              "1 reported statement, newest first. The briefings report what Antony Blinken said in the article's words; none of it is a verbatim quote.",
              '',
              '> **Reported:** Russia was desperately trying to cement relations with countries that could provide it with weapons',
              '> *In context:* US secretary of state Antony Blinken said on Tuesday that Russia was desperately trying to cement relations with countries that could provide it with weapons.',
              '— *Antony Blinken · reported speech, not a verbatim quote · on Tuesday (18 Jun 2024) · Financial Times, republished by Dlight News, 20 Jul 2024 · ¶16 · /brief russia-dprk*',
            ].join('\n'),
          },
        ],
        components: [],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('/brief gives the briefing with its key points, people, source and section buttons', async () => {
    const { body } = await run('brief', [text('topic', 'russia-dprk')]);
    const embed = embedOf(body.data);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBeUndefined();
    expect(embed.title).toBe('Putin and Kim sign a strategic partnership in Pyongyang');
    expect(embed.description).toContain(
      '**Key points**\n• Putin and Kim signed a strategic partnership',
    );
    expect(embed.fields?.map((f) => f.name)).toEqual([
      'People',
      'Source',
      'As of',
      'More on this briefing',
    ]);
    expect(embed.footer?.text).toBe(
      'Financial Times, republished by Dlight News · as of 20 Jul 2024 · russia-dprk',
    );
    expect(labelsOf(body.data)).toEqual([
      'All key points',
      'Quotes (26)',
      'People',
      'Background',
      'Source',
    ]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/who, /topics, /search and /help answer with their own embeds', async () => {
    const who = await run('who', [text('person', 'shin won-sik')]);
    expect(embedOf(who.body.data).title).toBe('Shin Won-sik');
    expect(embedOf(who.body.data).fields?.[0]).toEqual({
      name: 'Role',
      value: "South Korea's defence minister",
      inline: true,
    });
    const topics = await run('topics');
    expect(embedOf(topics.body.data)).toMatchObject({
      title: 'Briefings',
      description:
        '• Putin and Kim sign a strategic partnership in Pyongyang (/brief russia-dprk) · as of 20 Jul 2024 · 26 statements',
      footer: { text: '1 briefing · /brief <topic> for one of them' },
    });
    const search = await run('search', [text('words', 'artillery shells')]);
    expect(embedOf(search.body.data).title).toBe('Search: artillery shells');
    expect(embedOf(search.body.data).description).toContain('artillery shells');
    const help = await run('help');
    expect(embedOf(help.body.data).title).toBe('Briefbot help');
    expect(embedOf(help.body.data).description).toContain('/quote \\<person\\> \\[topic\\]');
    for (const answer of [who, topics, search, help])
      expect(answer.body.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('mistakes and failures on Discord', () => {
  it('answers an unknown person privately, with the nearest names as buttons', async () => {
    const { body } = await run('quote', [text('person', 'blinkin putinov')]);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(embedOf(body.data).color).toBe(0xd9434b);
    expect(embedOf(body.data).description).toMatch(/^No one called "blinkin putinov" appears/);
    expect(labelsOf(body.data).length).toBeGreaterThan(0);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers an option value it does not accept privately, and keeps serving', async () => {
    const bad = await run('brief', [text('topic', 'russia-dprk'), text('section', 'gossip')]);
    expect(bad.body.data.flags).toBe(64);
    expect(embedOf(bad.body.data).description).toMatch(
      /^That didn't work: the section option must be one of: overview, points/,
    );
    const next = await run('topics');
    expect(embedOf(next.body.data).title).toBe('Briefings');
  });

  it('logs an unexpected error with its context, apologises privately, and keeps serving', async () => {
    const payload = slashCommand('boom');
    const { body } = await interact(payload);
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [
          {
            color: 0x2f6fdb,
            description:
              'Sorry, something went wrong answering that. It has been logged; please try again.',
          },
        ],
        components: [],
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    });
    const failure = logs().find((line) => line.msg === 'request failed');
    expect(failure).toMatchObject({
      level: 50,
      platform: 'discord',
      command: 'boom',
      user: '1400000000000000001',
      channel: '1300000000000000001',
      err: { message: 'kaboom' },
    });
    expect(typeof failure?.durationMs).toBe('number');
    expect(embedOf((await run('topics')).body.data).title).toBe('Briefings');
  });

  it('lets only people who can manage the channel run a restricted subcommand there', async () => {
    const options: CommandOption[] = [
      { name: 'add', type: 1, options: [text('topic', 'russia-dprk')] },
    ];
    const member = await run('watch', options);
    expect(member.body.data.flags).toBe(64);
    expect(embedOf(member.body.data).description).toMatch(
      /^Only people who can manage this channel/,
    );
    const admin = await run('watch', options, { permissions: ADMIN_PERMISSIONS });
    expect(embedOf(admin.body.data).title).toBe('Following russia-dprk');
    const dm = await run('watch', options, { dm: true });
    expect(embedOf(dm.body.data).title).toBe('Following russia-dprk');
  });

  it('sends the rest of a long reply as follow-ups, private like the first part', async () => {
    const payload = slashCommand('long');
    const { body, since } = await interact(payload);
    await fake.waitFor(
      (r) => webhookOf(payload)(r) && JSON.stringify(r.body).includes('part3'),
      since,
    );
    const followUps = fake.requests.slice(since).filter(webhookOf(payload));
    expect(body.data.flags).toBe(64);
    expect(JSON.stringify(body.data)).toContain('part0');
    expect(followUps.length).toBe(3);
    for (const followUp of followUps) {
      expect(followUp.method).toBe('POST');
      expect(followUp.query.get('wait')).toBe('true');
      expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    }
  });
});

describe('autocomplete on Discord', () => {
  it('offers Antony Blinken for "bli", within 25 choices of at most 100 characters', async () => {
    const { body } = await interact(autocomplete('quote', [text('person', 'bli', true)]));
    expect(body.type).toBe(8);
    const choices = body.data.choices ?? [];
    expect(choices[0]).toEqual({
      name: 'Antony Blinken, US secretary of state',
      value: 'antony-blinken',
    });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('completes topics too, and never offers more than 25 even with nothing typed', async () => {
    const topic = await interact(autocomplete('brief', [text('topic', 'north', true)]));
    expect(topic.body.data.choices?.[0]).toEqual({
      name: 'Putin and Kim sign a strategic partnership in Pyongyang (russia-dprk)',
      value: 'russia-dprk',
    });
    const everyone = await interact(autocomplete('quote', [text('person', '', true)]));
    const choices = everyone.body.data.choices ?? [];
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('buttons on Discord', () => {
  it('turns the page of the message the button is on', async () => {
    const first = await run('brief', [text('topic', 'russia-dprk'), text('section', 'quotes')]);
    const next = first.body.data.components
      .flatMap((row) => row.components)
      .find((b) => b.label === 'Next ▶');
    expect(next?.custom_id).toBe('p0:/brief?topic=russia-dprk&section=quotes&page=2');
    const { body } = await interact(buttonClick(next?.custom_id ?? ''));
    expect(body.type).toBe(7);
    expect(body.data.flags).toBeUndefined();
    expect(embedOf(body.data, -1).footer?.text).toMatch(/Page 2 of 5$/);
    expect(labelsOf(body.data)).toEqual(['◀ Previous', 'Next ▶']);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a choice with a message of its own', async () => {
    const { body } = await interact(buttonClick('c3:/quote?person=antony-blinken'));
    expect(body.type).toBe(4);
    expect(embedOf(body.data).title).toBe('What Antony Blinken said');
  });

  it('says when a remembered button has expired', async () => {
    const { body } = await interact(buttonClick('c0:#gone'));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(embedOf(body.data).description).toBe('This button has expired. Run the command again.');
  });
});
