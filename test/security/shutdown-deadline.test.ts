import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { newSubscription } from '../helpers/digests.ts';
import { consoleEnv } from '../helpers/run.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../helpers/slack-bot.ts';

let fake: FakeSlack;
const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-deadline-'));
const file = join(dataDir, 'briefbot.sqlite');
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The bot as `npm start` runs it, on Slack over HTTP against the fake, on `dataDir`. */
function startBot(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: consoleEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (done: () => boolean | Promise<boolean>, what: string) => {
    for (let waited = 0; !(await done()); waited += 50) {
      if (child.exitCode !== null || waited > 15_000) throw new Error(`no ${what} in: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, exited, waitFor, stderr: () => stderr };
}

const deliveries = async () => {
  const store = createSqliteSubscriptionStore(openDatabase(file));
  try {
    return await store.unfinishedDeliveries();
  } finally {
    await store.close();
  }
};

describe('a stop with a platform call hanging', () => {
  it('exits at the deadline, leaves the delivery claimed, and the next start finishes it once', async () => {
    // A channel subscription whose hourly run fell due two minutes ago, while the bot was down:
    // the bot catches it up as soon as it starts. Hourly, so that no further run falls due
    // while the test runs (an every-minute schedule posted again whenever the test crossed a
    // minute, and the second start rightly caught that minute up too).
    const store = createSqliteSubscriptionStore(openDatabase(file));
    const minute = new Date(Date.now() - 2 * 60_000).getUTCMinutes();
    await store.createSubscription(
      newSubscription({
        platform: 'slack',
        channelId: 'C0DEADLINE',
        cron: `${minute} * * * *`,
        timezone: 'UTC',
        notifyEmpty: true,
        createdAt: new Date(Date.now() - 10 * 60_000),
      }),
    );
    await store.close();

    // Slack takes the post at once but never answers within this test.
    const answerAgain = fake.slowDown('chat.postMessage', 10 * 60_000);
    const first = startBot({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
    await first.waitFor(() => (fake.posted.get('C0DEADLINE') ?? []).length > 0, 'digest post');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(1);
    expect(first.stderr()).toContain('shutdown deadline passed');
    expect((await deliveries()).map((delivery) => delivery.status)).toEqual(['claimed']);

    answerAgain();
    const second = startBot();
    await second.waitFor(
      () => second.stderr().includes('finishing a delivery claimed before a restart'),
      'recovery',
    );
    await second.waitFor(async () => (await deliveries()).length === 0, 'the delivery finished');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(fake.posted.get('C0DEADLINE')).toHaveLength(1);
  }, 60_000);
});
