import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessage, slashCommand, text } from '../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { eventBody, postToSlackApp, slashCommandBody } from '../../fakes/slack-requests.ts';
import { dataDir } from '../helpers/digests.ts';
import { TOKEN } from '../helpers/discord-bot.ts';
import { consoleEnv } from '../helpers/run.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../helpers/slack-bot.ts';

const SECRETS = [TOKEN, BOT_TOKEN, SIGNING_SECRET];
/** What a careless proxy or a verbose error might echo back: every secret, in passing. */
const ECHO = `upstream refused Authorization: Bot ${TOKEN}; Bearer ${BOT_TOKEN}; secret ${SIGNING_SECRET}`;

let discord: FakeDiscord;
let slack: FakeSlack;
let child: ChildProcess | undefined;

beforeAll(async () => {
  discord = await startFakeDiscord();
  slack = await startFakeSlack();
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await discord?.close();
  await slack?.close();
});

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the logs of the bot process, at the most verbose level', () => {
  it('carry no token or signing secret, even when errors quote them', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: consoleEnv({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATA_DIR: dataDir(),
        LOG_LEVEL: 'trace',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const failedOn = (platform: string) =>
      output
        .split('\n')
        .some(
          (line) => line.includes(`"platform":"${platform}"`) && line.includes('request failed'),
        );
    const exited = new Promise<number | null>((resolve) => child?.on('exit', resolve));
    await until(() => output.includes('briefbot is running'), 'the bot to start');
    const port = /"port":(\d+)/.exec(output)?.[1];
    const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

    // Discord: a DM whose answer (and apology) is refused with the token quoted back, and a
    // slash command whose callback is refused the same way.
    for (let i = 0; i < 2; i++) {
      discord.overrideOnce('POST', /\/channels\/\d+\/messages$/, {
        status: 403,
        body: { message: ECHO, code: 50013 },
      });
    }
    const since = discord.requests.length;
    discord.dispatch('MESSAGE_CREATE', directMessage('who is shin won-sik?'));
    const command = slashCommand('quote', [text('person', 'blinken')]);
    discord.overrideOnce('POST', /\/interactions\/\d+\/[^/]+\/callback$/, {
      status: 400,
      body: { message: ECHO, code: 50035 },
    });
    discord.dispatch('INTERACTION_CREATE', command);
    await discord.waitFor((r) => r.path.includes(`/interactions/${command.id}/`), since);

    // Slack: a DM answer and a rights look-up refused with secrets quoted back, and a forged
    // request with the secret itself in its headers and body.
    slack.answer('chat.postMessage', () => ({ ok: false, error: 'invalid_auth', detail: ECHO }));
    slack.answer('users.info', () => ({ ok: false, error: 'fatal_error', detail: ECHO }));
    await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      eventBody(
        { type: 'message', channel_type: 'im', channel: 'D0001', user: 'U0001', text: 'help' },
        'EvSecrets1',
      ),
    );
    await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      slashCommandBody('/digest', 'subscribe', slack.responseUrl('secrets')),
    );
    const forged = await postToSlackApp(
      eventsUrl,
      SIGNING_SECRET,
      slashCommandBody('/quote', ECHO, slack.responseUrl('forged')),
      { signature: `v0=${SIGNING_SECRET}`, headers: { authorization: `Bearer ${BOT_TOKEN}` } },
    );
    expect(forged.status).toBe(401);
    await until(
      () =>
        failedOn('discord') &&
        failedOn('slack') &&
        output.includes('could not look up channel rights') &&
        output.includes('Failed to verify authenticity'),
      'every failure to be logged',
    );

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The failures above did log what was echoed, with each secret replaced.
    expect(output).toContain('upstream refused Authorization: Bot [redacted]');
    for (const secret of SECRETS) expect(output).not.toContain(secret);
  });
});
