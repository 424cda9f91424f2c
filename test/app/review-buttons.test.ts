import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TOKEN } from '../../fakes/credentials.ts';
import {
  ADMIN_PERMISSIONS,
  buttonClick,
  type Callback,
  CHANNEL_ID,
  embedOf,
  modalSubmit,
  type SentMessage,
  slashCommand,
  text,
  type Where,
} from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import {
  blockActionsBody,
  postToSlackApp,
  slashCommandBody,
  viewSubmissionBody,
} from '../../fakes/slack-requests.ts';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { writeDraft } from '../../src/derive/write-draft.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

const SLACK_REVIEW = 'C0REVIEW';
const SLACK_EDITOR = 'U0EDITOR';

let discord: FakeDiscord;
let slack: FakeSlack;
let dir: string;
let dataDir: string;
let app: App;
let eventsUrl: string;
let responses = 0;

/** A draft file as `npm run derive` writes it. */
function saveDraft(id: string, title: string): void {
  const briefing = briefingSchema.parse(
    briefingData({
      id,
      title,
      draft: true,
      source: { publisher: 'Test Times', headline: title, pageDate: '2025-01-02' },
    }),
  );
  writeFileSync(join(dir, `${id}.yaml`), writeDraft(briefing, { unattributed: [] }));
}

beforeAll(async () => {
  discord = await startFakeDiscord();
  slack = await startFakeSlack();
  dir = briefingDir({ 'live.yaml': briefingData({ id: 'live', title: 'Live one' }) });
  dataDir = mkdtempSync(join(tmpdir(), 'briefbot-review-'));
  const config = loadConfig({
    BRIEFINGS_DIR: dir,
    DATA_DIR: dataDir,
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_REVIEW_CHANNEL: CHANNEL_ID,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_REVIEW_CHANNEL: SLACK_REVIEW,
    SLACK_EDITORS: SLACK_EDITOR,
    PORT: '0',
  });
  app = createApp(config, {
    watch: true,
    digests: false,
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    discord: {
      clientOptions: {
        rest: { offset: 0, retries: 0 },
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    },
    slack: { host: '127.0.0.1', retryConfig: { retries: 0 } },
  });
  const running = await app.connect();
  eventsUrl = `http://127.0.0.1:${running.find((p) => p.name === 'slack')?.port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  await discord?.close();
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** The announcement of a draft in Discord's review channel, once the watcher has served it. */
async function discordAnnouncement(id: string, since: number): Promise<SentMessage> {
  const posted = await discord.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path.endsWith(`/channels/${CHANNEL_ID}/messages`) &&
      JSON.stringify(r.body).includes(`(${id})`),
    since,
    10_000,
  );
  return posted.body as SentMessage;
}

function customIdOf(message: SentMessage, label: string): string {
  const rows = (message.components ?? []) as {
    components: { label?: string; custom_id?: string }[];
  }[];
  const button = rows.flatMap((row) => row.components).find((b) => b.label === label);
  if (!button?.custom_id) throw new Error(`no ${label} button`);
  return button.custom_id;
}

async function interact(payload: { id: string }): Promise<Callback> {
  const since = discord.requests.length;
  discord.dispatch('INTERACTION_CREATE', payload);
  const callback = await discord.waitFor(
    (r) => r.path.includes(`/interactions/${payload.id}/`),
    since,
  );
  return callback.body as Callback;
}

const click = (customId: string, where?: Where) => interact(buttonClick(customId, where));
const editor: Where = { permissions: ADMIN_PERMISSIONS };

describe('review buttons on Discord', () => {
  it('announces a new draft with buttons; a reader’s click is refused, an editor’s publishes', async () => {
    const since = discord.requests.length;
    saveDraft('harbour-deal', 'Harbour deal draft');
    const announced = await discordAnnouncement('harbour-deal', since);
    expect(embedOf(announced).title).toBe('New draft for review: Harbour deal draft');
    expect(announced.flags ?? 0).toBe(0);
    const approve = customIdOf(announced, 'Approve');

    const refused = await click(approve);
    expect(refused.data.flags).toBe(64);
    expect(embedOf(refused.data).description).toMatch(/^Only editors can use \/review approve\./);
    expect(readFileSync(join(dir, 'harbour-deal.yaml'), 'utf8')).toMatch(/^draft: true$/m);

    const before = await interact(slashCommand('brief', [text('topic', 'harbour-deal')]));
    expect(embedOf(before.data).title).not.toBe('Harbour deal draft');

    const approved = await click(approve, editor);
    expect(approved.data.flags).toBe(64);
    expect(embedOf(approved.data).title).toBe('Approved: Harbour deal draft');
    const served = await interact(slashCommand('brief', [text('topic', 'harbour-deal')]));
    expect(embedOf(served.data).title).toBe('Harbour deal draft');
  });

  it('asks an editor who clicks Reject for the reason in a modal, and the rejection keeps the draft out', async () => {
    const since = discord.requests.length;
    saveDraft('mill-closure', 'Mill closure draft');
    const announced = await discordAnnouncement('mill-closure', since);
    const reject = customIdOf(announced, 'Reject…');

    const refused = await click(reject);
    expect(refused.type).toBe(4);
    expect(embedOf(refused.data).description).toMatch(/^Only editors can use \/review reject\./);

    const asked = (await click(reject, editor)) as unknown as {
      type: number;
      data: {
        custom_id: string;
        components: { components: { custom_id: string; label: string }[] }[];
      };
    };
    expect(asked.type).toBe(9);
    expect(asked.data.custom_id).toBe(reject);
    expect(asked.data.components[0]?.components[0]).toMatchObject({
      custom_id: 'reason',
      label: 'Why it is turned down, for the next editor',
    });

    const rejected = await interact(modalSubmit(reject, { reason: 'wrong speaker' }, editor));
    expect(embedOf(rejected.data).title).toBe('Rejected: Mill closure draft');
    expect(rejected.data.flags).toBe(64);
    const brief = await interact(slashCommand('brief', [text('topic', 'mill-closure')]));
    expect(embedOf(brief.data).title).not.toBe('Mill closure draft');
    expect(readFileSync(join(dir, 'mill-closure.yaml'), 'utf8')).toMatch(
      /^rejected: wrong speaker$/m,
    );
  });
});

/** The buttons of the announcement of a draft in Slack's review channel. */
async function slackAnnouncement(
  id: string,
): Promise<{ text: string; value: string; action_id: string; type: string }[]> {
  for (let tries = 0; tries < 200; tries++) {
    const call = slack
      .callsTo('chat.postMessage')
      .find((c) => c.body.channel === SLACK_REVIEW && JSON.stringify(c.body).includes(`(${id})`));
    if (call) {
      const blocks = call.body.blocks as { type: string; elements?: Record<string, unknown>[] }[];
      return blocks
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements ?? [])
        .map((e) => ({
          text: (e.text as { text: string }).text,
          value: e.value as string,
          action_id: e.action_id as string,
          type: e.type as string,
        }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no announcement of ${id} in the Slack review channel`);
}

async function press(button: { value: string; action_id: string; type: string }, user: string) {
  const responseUrl = slack.responseUrl(`r${++responses}`);
  const before = slack.responses.length;
  const body = blockActionsBody(button, responseUrl, {
    user: { id: user, username: 'someone', team_id: 'T0001' },
    channel: { id: SLACK_REVIEW, name: 'review' },
  });
  await postToSlackApp(eventsUrl, SIGNING_SECRET, body);
  const [posted] = (await slack.waitForResponses(before + 1)).slice(before);
  return JSON.stringify(posted?.body);
}

async function slash(command: string, words: string, user = 'U0001') {
  const responseUrl = slack.responseUrl(`r${++responses}`);
  const body = slashCommandBody(command, words, responseUrl, { user_id: user });
  return JSON.stringify((await postToSlackApp(eventsUrl, SIGNING_SECRET, body)).json);
}

describe('review buttons on Slack', () => {
  it('announces a new draft with buttons; a reader’s click is refused, an editor’s publishes', async () => {
    saveDraft('river-levels', 'River levels draft');
    const buttons = await slackAnnouncement('river-levels');
    const approve = buttons.find((b) => b.text === 'Approve');
    if (!approve) throw new Error('no Approve button');

    const refused = await press(approve, 'U0READER');
    expect(refused).toContain('"response_type":"ephemeral"');
    expect(refused).toContain('Only editors can use /review approve.');
    expect(await slash('/brief', 'river-levels')).not.toContain('River levels draft');

    const approved = await press(approve, SLACK_EDITOR);
    expect(approved).toContain('Approved: River levels draft');
    expect(await slash('/brief', 'river-levels')).toContain('River levels draft');
  });

  it('asks an editor for the reason in a modal; a reader is refused; a rejection keeps it out', async () => {
    saveDraft('school-budget', 'School budget draft');
    const buttons = await slackAnnouncement('school-budget');
    const reject = buttons.find((b) => b.text === 'Reject…');
    if (!reject) throw new Error('no Reject button');
    expect(await press(reject, 'U0READER')).toContain('Only editors can use /review reject.');
    expect(slack.callsTo('views.open')).toHaveLength(0);

    await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      blockActionsBody(reject, undefined, {
        user: { id: SLACK_EDITOR, username: 'ed', team_id: 'T0001' },
        channel: { id: SLACK_REVIEW, name: 'review' },
      }),
    );
    const [opened] = await slack.waitForCalls('views.open');
    const view = opened?.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { action_id: string } }[];
    };
    expect(view.blocks[0]).toMatchObject({ block_id: 'ask', element: { action_id: 'reason' } });

    const before = slack.callsTo('chat.postEphemeral').length;
    const submitted = await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      viewSubmissionBody(
        view,
        { ask: { reason: { type: 'plain_text_input', value: 'not our story' } } },
        SLACK_EDITOR,
      ),
    );
    expect(submitted.status).toBe(200);
    const [answer] = (await slack.waitForCalls('chat.postEphemeral', before + 1)).slice(before);
    expect(answer?.body).toMatchObject({ channel: SLACK_REVIEW, user: SLACK_EDITOR });
    expect(JSON.stringify(answer?.body)).toContain('Rejected: School budget draft');
    expect(readFileSync(join(dir, 'school-budget.yaml'), 'utf8')).toMatch(
      /^rejected: not our story$/m,
    );
    expect(await slash('/brief', 'school-budget')).not.toContain('School budget draft');
  });
});
