import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TOKEN } from '../../fakes/credentials.ts';
import {
  DM_CHANNEL_ID,
  directMessage,
  embedOf,
  type SentMessage,
} from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { directCaller } from '../../src/core/caller.ts';
import { createLogger } from '../../src/logger.ts';
import type { RunningPlatform } from '../../src/platform.ts';

let discord: FakeDiscord;
let slack: FakeSlack;
let dataDir: string;
let app: App;
let running: RunningPlatform[];
let logs = '';

beforeAll(async () => {
  discord = await startFakeDiscord();
  slack = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'briefbot-app-'));
  const destination = new PassThrough();
  destination.on('data', (chunk) => {
    logs += chunk;
  });
  const config = loadConfig({
    BRIEFINGS_DIR: 'briefings',
    DATA_DIR: dataDir,
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
  });
  app = createApp(config, {
    log: createLogger({ level: 'info', secrets: [TOKEN, BOT_TOKEN, SIGNING_SECRET], destination }),
    discord: {
      clientOptions: {
        rest: { offset: 0, retries: 0 },
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    },
    slack: { host: '127.0.0.1', retryConfig: { retries: 0 } },
  });
  running = await app.connect();
});

afterAll(async () => {
  await app.stop();
  await discord.close();
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function askDiscord(content: string): Promise<SentMessage> {
  const since = discord.requests.length;
  discord.dispatch('MESSAGE_CREATE', directMessage(content));
  const path = `/api/v10/channels/${DM_CHANNEL_ID}/messages`;
  const answer = await discord.waitFor((r) => r.method === 'POST' && r.path === path, since);
  return answer.body as SentMessage;
}

describe('createApp', () => {
  it('connects every configured platform, answers on each, and opens digests under DATA_DIR', async () => {
    expect(running.map((platform) => platform.name)).toEqual(['discord', 'slack']);

    expect(embedOf(await askDiscord('/quote blinken')).title).toBe('What Antony Blinken said');
    // Digests are open: the list is empty rather than unavailable.
    expect(embedOf(await askDiscord('/digest list')).title).toBe('No digests here');
    expect(existsSync(join(dataDir, 'briefbot.sqlite'))).toBe(true);

    const slash = await postToSlackApp(
      `http://127.0.0.1:${running[1]?.port ?? 0}/slack/events`,
      SIGNING_SECRET,
      slashCommandBody('/quote', 'blinken', slack.responseUrl('app')),
    );
    expect(slash.status).toBe(200);
    expect(slash.json).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(slash.json)).toContain('What Antony Blinken said');
    expect(logs).toContain('"msg":"request answered"');
  });

  it('serves the briefings in BRIEFINGS_DIR through one library for every request', () => {
    expect(app.library.briefing('russia-dprk')?.id).toBe('russia-dprk');
    expect(app.createContext(directCaller('console', 'u', 'c')).library).toBe(app.library);
  });
});
