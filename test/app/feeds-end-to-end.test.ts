import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  type SentMessage,
  slashCommand,
  text,
  type Where,
} from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeFeeds, sampleStory, startFakeFeeds } from '../../fakes/fake-feeds.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { blockActionsBody, postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

const SLACK_REVIEW = 'C0REVIEW';
const DRAFT_ID = 'council-agrees-harbour-plan-number-1-everyone-12345678901234';

let discord: FakeDiscord;
let slack: FakeSlack;
let feeds: FakeFeeds;
let dir: string;
let dataDir: string;
let app: App;
let eventsUrl: string;
let responses = 0;

function build(): App {
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
    SLACK_EDITORS: 'U0EDITOR',
    FEED_ALLOW_PRIVATE: '127.0.0.1',
    FEED_MAX_FAILURES: '1',
    PORT: '0',
  });
  return createApp(config, {
    watch: true,
    digests: false,
    feedTickMs: 100,
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    discord: {
      clientOptions: {
        rest: { offset: 0, retries: 0 },
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    },
    slack: { host: '127.0.0.1', retryConfig: { retries: 0 } },
  });
}

async function connect(): Promise<void> {
  app = build();
  const running = await app.connect();
  eventsUrl = `http://127.0.0.1:${running.find((p) => p.name === 'slack')?.port}/slack/events`;
}

beforeAll(async () => {
  [discord, slack, feeds] = await Promise.all([
    startFakeDiscord(),
    startFakeSlack(),
    startFakeFeeds(),
  ]);
  // A headline that tries to ping everyone and a user: it must reach no one.
  const story = sampleStory(1, '2025-03-01T10:00:00Z', 'harbour');
  feeds.setFeed('/news.xml', {
    format: 'rss',
    title: 'Test Times',
    stories: [{ ...story, title: `${story.title} @everyone <@123456789012345678>` }],
  });
  dir = briefingDir({ 'live.yaml': briefingData({ id: 'live', title: 'Live one' }) });
  dataDir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-app-'));
  await connect();
});

afterAll(async () => {
  await app?.stop();
  await Promise.all([discord?.close(), slack?.close(), feeds?.close()]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

async function interact(payload: { id: string }): Promise<Callback> {
  const since = discord.requests.length;
  discord.dispatch('INTERACTION_CREATE', payload);
  const callback = await discord.waitFor(
    (r) => r.path.includes(`/interactions/${payload.id}/`),
    since,
  );
  return callback.body as Callback;
}

const editor: Where = { permissions: ADMIN_PERMISSIONS };

async function slash(command: string, words: string, user = 'U0001') {
  const responseUrl = slack.responseUrl(`f${++responses}`);
  const body = slashCommandBody(command, words, responseUrl, { user_id: user });
  return JSON.stringify((await postToSlackApp(eventsUrl, SIGNING_SECRET, body)).json);
}

describe('a feed item on its way to readers', () => {
  it('is drafted from a feed an editor adds, announced with buttons, and served once approved', async () => {
    const since = discord.requests.length;
    const added = await interact(
      slashCommand(
        'feeds',
        [{ name: 'add', type: 1, options: [text('url', `${feeds.url}/news.xml`)] }],
        editor,
      ),
    );
    expect(embedOf(added.data).title).toBe('Following feed #1');

    const posted = await discord.waitFor(
      (r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`),
      since,
      15_000,
    );
    const announcement = posted.body as SentMessage & { allowed_mentions?: unknown };
    expect(embedOf(announcement).title).toMatch(
      /^New draft for review: Council agrees harbour plan number 1/,
    );
    expect(announcement.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(announcement)).toContain(`(${DRAFT_ID})`);

    // Slack's copy escapes the angle brackets, so the text cannot become a mention there either.
    const slackPost = await slack.waitForCalls('chat.postMessage');
    const slackText = JSON.stringify(slackPost.find((c) => c.body.channel === SLACK_REVIEW)?.body);
    expect(slackText).toContain('&lt;@123456789012345678&gt;');
    expect(slackText).not.toMatch(/<@\d|<!everyone>/);

    // Not served before approval, on either platform.
    expect(await slash('/brief', DRAFT_ID)).not.toContain('Council agrees harbour plan');

    const rows = (announcement.components ?? []) as {
      components: { label?: string; custom_id?: string }[];
    }[];
    const approve =
      rows.flatMap((r) => r.components).find((b) => b.label === 'Approve')?.custom_id ?? '';
    const refused = await interact(buttonClick(approve));
    expect(embedOf(refused.data).description).toMatch(/^Only editors can use \/review approve\./);
    const approved = await interact(buttonClick(approve, editor));
    expect(embedOf(approved.data).title).toMatch(/^Approved: Council agrees harbour plan number 1/);
    expect(await slash('/brief', DRAFT_ID)).toContain('Council agrees harbour plan number 1');
  });

  it('is not drafted again after a restart', async () => {
    const before = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort();
    await app.stop();
    await connect();
    const running = await app.openFeeds();
    await running?.poller.pollNow(1);
    expect(feeds.requests.filter((r) => r.path === '/news.xml').length).toBeGreaterThanOrEqual(2);
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort(),
    ).toEqual(before);
    expect(await slash('/feeds', 'list', 'U0EDITOR')).toContain('1 item seen, 1 draft');
  });

  it('pauses a broken feed, says so in the review channel, and shows why in /feeds list', async () => {
    const since = discord.requests.length;
    const added = await slash('/feeds', `add ${feeds.url}/broken`, 'U0EDITOR');
    expect(added).toContain('Following feed #2');
    const posted = await discord.waitFor(
      (r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`),
      since,
    );
    expect(embedOf(posted.body as SentMessage).title).toBe(`Feed paused: ${feeds.url}/broken`);
    expect(await slash('/feeds', 'list', 'U0EDITOR')).toContain(
      'PAUSED: 1 failures in a row, the last: the feed answered HTTP 500',
    );
  });

  it('refuses a Slack user who is not an editor a feed button or command', async () => {
    expect(await slash('/feeds', 'list')).toContain('Only editors can use /feeds list.');
    const responseUrl = slack.responseUrl(`f${++responses}`);
    const value = JSON.stringify({ command: 'feeds remove', args: { id: '1' } });
    await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      blockActionsBody({ type: 'button', action_id: 'briefbot:choice-0', value }, responseUrl),
    );
    const [answer] = (await slack.waitForResponses(1)).filter((r) =>
      r.path.endsWith(`f${responses}`),
    );
    expect(JSON.stringify(answer?.body)).toContain('Only editors can use /feeds remove.');
    expect(await slash('/feeds', 'list', 'U0EDITOR')).toContain('#1 Test Times');
  });
});
