import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../../../fakes/slack-requests.ts';
import { consoleEnv } from '../../helpers/run.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await fake?.close();
});

/** Runs the bot as `npm start` does (one Node process, so signals reach it directly). */
function startBot() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: consoleEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string) => {
    for (let waited = 0; !stderr.includes(text); waited += 20) {
      if (child.exitCode !== null || waited > 15_000) throw new Error(`no "${text}" in: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return stderr;
  };
  return { child, exited, waitFor, stderr: () => stderr };
}

describe('npm start with Slack configured', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'answers over HTTP on PORT, and shuts down cleanly on %s',
    async (signal) => {
      const bot = startBot();
      const log = await bot.waitFor('"msg":"connected to Slack"');
      const port = /"port":(\d+)/.exec(log)?.[1];
      const response = await postToSlackApp(
        `http://127.0.0.1:${port}/slack/events`,
        SIGNING_SECRET,
        slashCommandBody('/quote', 'blinken', fake.responseUrl('npm-start')),
      );
      expect(response.json).toMatchObject({
        response_type: 'in_channel',
        text: 'What Antony Blinken said',
      });
      bot.child.kill(signal);
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).toContain(`"signal":"${signal}","msg":"shutting down"`);
      expect(bot.stderr()).toContain('"msg":"disconnected from Slack"');
      expect(bot.stderr()).not.toContain(BOT_TOKEN);
      expect(bot.stderr()).not.toContain(SIGNING_SECRET);
    },
  );

  it('exits 1 with a clear message when Slack rejects the bot token', async () => {
    fake.failOnce('auth.test', 'invalid_auth');
    const bot = startBot();
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('Slack did not accept SLACK_BOT_TOKEN (invalid_auth)');
    expect(bot.stderr()).not.toContain(BOT_TOKEN);
  });
});
