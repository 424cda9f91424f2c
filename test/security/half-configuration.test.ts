import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleEnv, run } from '../helpers/run.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-half-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SIGNING_SECRET = 'half-a-slack-signing-secret';
const APP_TOKEN = 'xapp-half-a-slack-app-token';
const APPLICATION_ID = '123456789012345678';
const GUILD_ID = '223456789012345678';

/** Starts the bot as `npm start` does, with stdin closed, as under a service manager. */
const start = (env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: consoleEnv({ DATA_DIR: dataDir, ...env }),
  });

describe('half a platform configuration stops the bot instead of starting the console', () => {
  it.each([
    ['SLACK_SIGNING_SECRET', { SLACK_SIGNING_SECRET: SIGNING_SECRET }, 'SLACK_BOT_TOKEN'],
    ['SLACK_APP_TOKEN', { SLACK_APP_TOKEN: APP_TOKEN }, 'SLACK_BOT_TOKEN'],
    ['DISCORD_APPLICATION_ID', { DISCORD_APPLICATION_ID: APPLICATION_ID }, 'DISCORD_TOKEN'],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: GUILD_ID }, 'DISCORD_TOKEN'],
  ])('%s alone: exit 1, naming the missing variable and never a value', async (_, env, missing) => {
    const { code, stdout, stderr } = await start(env);
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
    expect(stdout).toBe('');
    for (const value of Object.values(env)) expect(stderr).not.toContain(value);
    expect(stderr).not.toContain('Briefbot console');
  });

  it('nothing set still starts the console', async () => {
    const { code, stderr } = await start({});
    expect(code).toBe(0);
    expect(stderr).toContain('Briefbot console');
  });
});
