import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import {
  blockActionsBody,
  postToSlackApp,
  slashCommandBody,
} from '../../../fakes/slack-requests.ts';
import { decodeInvocation } from '../../../src/adapters/slack/action-value.ts';
import { renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import { defineCommand } from '../../../src/core/command.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { dispatchText } from '../../../src/core/dispatch.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { groupedRegistry } from '../../helpers/grouped-registry.ts';
import { BOT_TOKEN, SIGNING_SECRET, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

let finishSlow: () => void = () => {};

const testCommands = [
  defineCommand({
    name: 'boom',
    description: 'Fails unexpectedly',
    examples: ['/boom'],
    args: z.object({}),
    run: () => {
      throw new Error('kaboom');
    },
  }),
  defineCommand({
    name: 'long',
    description: 'An answer too long for one message',
    examples: ['/long'],
    args: z.object({}),
    run: () => ({
      title: 'Long',
      private: false,
      blocks: Array.from({ length: 4 }, () => ({ type: 'paragraph', text: 'word '.repeat(590) })),
    }),
  }),
  defineCommand({
    name: 'slow',
    description: 'Takes its time',
    examples: ['/slow'],
    args: z.object({}),
    run: async () => {
      // Finishes only when the test says so, after it has the ack: late by construction.
      await new Promise<void>((resolve) => {
        finishSlow = resolve;
      });
      return { title: 'Slow', private: false, blocks: [{ type: 'paragraph', text: 'Done.' }] };
    },
  }),
];

let fake: FakeSlack;
let bot: TestBot;
let request = 0;

/** Sends a signed slash command, with a fresh response_url on the fake. */
async function slash(command: string, text = '', fields: Record<string, string> = {}) {
  const responseUrl = fake.responseUrl(`r${++request}`);
  const response = await postToSlackApp(
    bot.eventsUrl,
    SIGNING_SECRET,
    slashCommandBody(command, text, responseUrl, fields),
  );
  return { ...response, responseUrl };
}

/** What the shipped core answers, as the Slack renderer renders it. */
async function expected(text: string) {
  const reply = await dispatchText(registry, text, context(seedLibrary()));
  return renderSlack(reply);
}

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot(fake, { registry: [...groupedRegistry, ...testCommands] });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});
beforeEach(() => {
  fake.responses.length = 0;
  fake.calls.length = 0;
});

describe('Slack slash commands', () => {
  it('/quote blinken answers in the channel, in the ack, with his reported statement', async () => {
    const response = await slash('/quote', 'blinken');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      response_type: 'in_channel',
      text: 'What Antony Blinken said',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'What Antony Blinken said' } },
        {
          type: 'section',
          text: mrkdwn(
            "1 reported statement, newest first. The briefings report what Antony Blinken said in the article's words; none of it is a verbatim quote.",
          ),
        },
        {
          type: 'section',
          text: mrkdwn(
            '> Reported: Russia was desperately trying to cement relations with countries that could provide it with weapons',
          ),
        },
        {
          type: 'section',
          text: mrkdwn(
            'In context: US secretary of state Antony Blinken said on Tuesday that Russia was desperately trying to cement relations with countries that could provide it with weapons.',
          ),
        },
        {
          type: 'context',
          elements: [
            mrkdwn(
              '— Antony Blinken · reported speech, not a verbatim quote · on Tuesday (18 Jun 2024) · Financial Times, republished by Dlight News, 20 Jul 2024 · ¶16 · /brief russia-dprk',
            ),
          ],
        },
      ],
    });
    expect(fake.responses).toEqual([]);
  });

  it.each([
    ['/brief', 'russia-dprk'],
    ['/brief', 'putin-kim section:quotes'],
    ['/who', 'shin won-sik'],
    ['/who', ''],
    ['/topics', ''],
    ['/search', 'artillery shells'],
    ['/help', ''],
    ['/help', 'quote'],
  ])('%s %s answers in the channel with what the core says', async (command, text) => {
    const response = await slash(command, text);
    const [message] = await expected(`${command} ${text}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ response_type: 'in_channel', ...message });
  });

  it('answers a mistake privately, with suggestions as buttons', async () => {
    const response = await slash('/quote', 'officials');
    const [message] = await expected('/quote officials');
    expect(response.json).toEqual({ response_type: 'ephemeral', ...message });
    expect(JSON.stringify(response.json)).toContain('"type":"button"');
  });

  it('a bare /quote offers a menu of people, and choosing one answers the query', async () => {
    const menu = await slash('/quote');
    const body = menu.json as { response_type: string; blocks: { accessory?: unknown }[] };
    expect(body.response_type).toBe('ephemeral');
    const select = body.blocks[0]?.accessory as {
      type: string;
      action_id: string;
      options: { text: { text: string }; value: string }[];
    };
    expect(select.type).toBe('static_select');
    const blinken = select.options.find(
      (option) => decodeInvocation(option.value)?.args.person === 'antony-blinken',
    );
    expect(blinken?.text.text).toBe('Antony Blinken, US secretary of state');

    const click = await postToSlackApp(
      bot.eventsUrl,
      SIGNING_SECRET,
      blockActionsBody(
        {
          type: 'static_select',
          action_id: select.action_id,
          selected_option: blinken,
          placeholder: { type: 'plain_text', text: 'Choose…' },
        },
        menu.responseUrl,
      ),
    );
    expect(click.status).toBe(200);
    const [posted] = await fake.waitForResponses(1);
    const [answer] = await expected('/quote blinken');
    expect(posted?.path).toBe(new URL(menu.responseUrl).pathname);
    expect(posted?.body).toEqual({
      response_type: 'in_channel',
      replace_original: false,
      ...answer,
    });
  });

  it('a bare /brief offers the briefings as buttons, and a click answers with the briefing', async () => {
    const menu = await slash('/brief');
    const blocks = (menu.json as { blocks: { type: string; elements?: unknown[] }[] }).blocks;
    expect(blocks[0]).toEqual({ type: 'section', text: mrkdwn('Which briefing?') });
    const button = blocks[1]?.elements?.[0] as { action_id: string; value: string };
    expect(decodeInvocation(button.value)).toEqual({
      command: 'brief',
      args: { topic: 'russia-dprk' },
    });
    await postToSlackApp(
      bot.eventsUrl,
      SIGNING_SECRET,
      blockActionsBody({ type: 'button', ...button }, menu.responseUrl),
    );
    const [posted] = await fake.waitForResponses(1);
    const [answer] = await expected('/brief russia-dprk');
    expect(posted?.body).toEqual({
      response_type: 'in_channel',
      replace_original: false,
      ...answer,
    });
  });

  it('turns pages in place with the Next button', async () => {
    const first = await slash('/quote', 'putin');
    const blocks = (first.json as { blocks: { type: string; elements?: unknown[] }[] }).blocks;
    const next = blocks.at(-1)?.elements?.[0] as { action_id: string; value: string };
    expect(next.action_id).toBe('briefbot:page-next');
    await postToSlackApp(
      bot.eventsUrl,
      SIGNING_SECRET,
      blockActionsBody({ type: 'button', ...next }, first.responseUrl),
    );
    const [posted] = await fake.waitForResponses(1);
    const [page2] = await expected('/quote putin page:2');
    expect(posted?.body).toEqual({ response_type: 'in_channel', replace_original: true, ...page2 });
    expect(JSON.stringify(posted?.body)).toContain('Page 2 of 3');
  });

  it('acks at once and sends a long answer as several messages through respond()', async () => {
    const response = await slash('/long');
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const reply = await testCommands[1]?.run({}, context(seedLibrary()));
    const messages = reply ? renderSlack(reply) : [];
    expect(messages.length).toBeGreaterThan(1);
    const posted = await fake.waitForResponses(messages.length);
    expect(posted.map((p) => p.body)).toEqual(
      messages.map((message) => ({ response_type: 'in_channel', ...message })),
    );
  });

  it('acks an answer that is not ready in time, then sends it through respond()', async () => {
    const response = await slash('/slow');
    expect(response.text).toBe('');
    expect(fake.responses).toEqual([]);
    finishSlow();
    const [posted] = await fake.waitForResponses(1);
    expect(posted?.body).toMatchObject({ response_type: 'in_channel', text: 'Slow' });
  });

  it('logs an unexpected error with context, apologises privately, and keeps answering', async () => {
    const response = await slash('/boom');
    expect(response.json).toEqual({
      response_type: 'ephemeral',
      text: 'Sorry, something went wrong answering that. It has been logged; please try again.',
    });
    const failure = bot
      .logs()
      .split('\n')
      .find((line) => line.includes('request failed'));
    expect(JSON.parse(failure ?? '{}')).toMatchObject({
      platform: 'slack',
      command: 'boom',
      slash: '/boom',
      user: 'U0001',
      channel: 'C0001',
      err: { message: 'kaboom' },
    });
    expect((await slash('/topics')).json).toMatchObject({ response_type: 'in_channel' });
    expect(bot.logs()).not.toContain(BOT_TOKEN);
    expect(bot.logs()).not.toContain(SIGNING_SECRET);
  });
});

describe('Slack slash command groups', () => {
  it('runs a subcommand typed after the group: /watch list', async () => {
    const response = await slash('/watch', 'list');
    expect(response.json).toMatchObject({ response_type: 'ephemeral', text: 'Nothing followed.' });
  });

  it('answers the group alone with its subcommands, privately', async () => {
    const response = await slash('/watch');
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
    const shown = JSON.stringify(response.json);
    expect(shown).toContain('/watch add &lt;topic&gt; [time]: Follow a topic here');
    expect(shown).toContain('/watch list: What this channel follows');
  });

  it('answers a subcommand the group lacks with the ones it has', async () => {
    const response = await slash('/watch', 'frobnicate');
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
    const shown = JSON.stringify(response.json);
    expect(shown).toContain('There is no /watch frobnicate command.');
    expect(shown).toContain('"text":"/watch list"');
  });

  it('lets only workspace admins run a channel-managing command in a channel', async () => {
    const refused = await slash('/watch', 'add russia-dprk');
    expect(refused.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(refused.json)).toContain('Only people who can manage this channel');
    expect(fake.callsTo('users.info').map((call) => call.body.user)).toEqual(['U0001']);

    fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: true } }));
    const allowed = await slash('/watch', 'add russia-dprk');
    expect(allowed.json).toMatchObject({
      response_type: 'in_channel',
      text: 'Following russia-dprk.',
    });
    fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: false } }));
  });

  it('lets anyone run it in a DM, without asking Slack who they are', async () => {
    const response = await slash('/watch', 'add russia-dprk', {
      channel_id: 'D0001',
      channel_name: 'directmessage',
    });
    expect(response.json).toMatchObject({ text: 'Following russia-dprk.' });
    expect(fake.callsTo('users.info')).toEqual([]);
  });

  it('asks Slack nothing for commands anyone may run', async () => {
    await slash('/quote', 'blinken');
    expect(fake.calls).toEqual([]);
  });
});
