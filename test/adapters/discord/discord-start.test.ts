import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DM_CHANNEL_ID, directMessage } from '../../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import { TOKEN } from '../../helpers/discord-bot.ts';
import { consoleEnv } from '../../helpers/run.ts';

let fake: FakeDiscord;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  // A failed test must not leave a bot running.
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }
  }
  await fake.close();
});

/** Starts the bot in its own process group and waits until it has connected. */
async function startProcess(command: string, args: string[]) {
  const child = spawn(command, args, {
    env: consoleEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  const output = { stderr: '' };
  child.stderr?.on('data', (chunk) => {
    output.stderr += chunk;
  });
  // 'close' waits for every process sharing the output pipes (npm, tsx and the bot) to end.
  const exited = once(child, 'close');
  while (!output.stderr.includes('connected to Discord')) {
    if (child.exitCode !== null) throw new Error(`exited early:\n${output.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, output, exited };
}

describe('starting the bot with DISCORD_TOKEN', () => {
  it('`npm start` connects to Discord, answers a DM, and disconnects on Ctrl-C', async () => {
    const { child, output, exited } = await startProcess('npm', ['start', '--silent']);
    const since = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', directMessage('who is shin won-sik?'));
    const answer = await fake.waitFor(
      (r) => r.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages`,
      since,
    );
    expect(JSON.stringify(answer.body)).toContain('Shin Won-sik');
    // Ctrl-C in a terminal signals the whole foreground process group: npm, tsx and the bot.
    process.kill(-(child.pid ?? 0), 'SIGINT');
    await exited;
    expect(output.stderr).toContain('"signal":"SIGINT"');
    expect(output.stderr).toContain('disconnected from Discord');
    expect(output.stderr).not.toContain(TOKEN);
  });

  it('the bot process exits 0 after disconnecting on SIGTERM', async () => {
    const { child, output, exited } = await startProcess(process.execPath, [
      '--import',
      'tsx',
      'src/main.ts',
    ]);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(output.stderr).toContain('"signal":"SIGTERM"');
    expect(output.stderr).toContain('disconnected from Discord');
  });
});
