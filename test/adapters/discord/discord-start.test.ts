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

/** Starts the bot in its own process group and waits until it is running. */
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
  // 'close' waits for every process sharing the output pipes (npm and the bot) to end.
  const exited = once(child, 'close');
  // Running, not only connected: a signal while the start still loads code (the feeds, loaded
  // late) reaches tsx's compiler too, and the start then fails instead of stopping.
  while (!output.stderr.includes('briefbot is running')) {
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
    // Ctrl-C in a terminal signals the whole foreground process group: npm and the bot.
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

  it('a signal repeated while it stops (npm forwarding Ctrl-C) does not cut the stop short', async () => {
    const { child, output, exited } = await startProcess(process.execPath, [
      '--import',
      'tsx',
      'src/main.ts',
    ]);
    child.kill('SIGINT');
    // The second arrives once the first is being handled, as npm's forwarded copy does.
    while (!output.stderr.includes('shutting down')) await new Promise((r) => setTimeout(r, 1));
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output.stderr.match(/shutting down/g)).toHaveLength(1);
    expect(output.stderr).toContain('disconnected from Discord');
  });
});
