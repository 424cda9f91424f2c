import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands } from '../../../src/adapters/discord/discord-commands.ts';
import { BOT_PERMISSIONS, inviteUrl } from '../../../src/adapters/discord/invite.ts';
import { runRegister } from '../../../src/adapters/discord/register-commands.ts';
import { loadConfig } from '../../../src/config.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { TOKEN } from '../../helpers/discord-bot.ts';
import { APPLICATION_ID, GUILD_ID } from '../../helpers/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord.ts';
import { consoleEnv, run } from '../../helpers/run.ts';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const expectedBody = JSON.parse(JSON.stringify(discordCommands(registry)));

describe('npm run discord:register', () => {
  // Two starts of npm and tsx: on a loaded machine they outlast the default 20 s, and their speed
  // is not what is tested.
  it('bulk-overwrites the registry’s commands in the guild, the same way twice, and prints the invite', async () => {
    const env = consoleEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    const since = fake.requests.length;
    const first = await run('npm', ['run', '--silent', 'discord:register'], { env });
    const second = await run('npm', ['run', '--silent', 'discord:register'], { env });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const puts = fake.requests.slice(since);
    expect(puts.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
      `PUT /api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(puts[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(puts[0]?.body).toEqual(expectedBody);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(first.stdout).toContain(
      `Registered ${discordCommands(registry).length} commands to server ${GUILD_ID}`,
    );
    const url = new URL(
      first.stdout.match(/https:\/\/discord\.com\/oauth2\/authorize\S+/)?.[0] ?? '',
    );
    expect(url.searchParams.get('client_id')).toBe(APPLICATION_ID);
    expect(first.stdout).toContain('scope=bot+applications.commands');
    expect(url.searchParams.get('permissions')).toBe('274877991936');
    expect(first.stdout + first.stderr).not.toContain(TOKEN);
  }, 60_000);
});

describe('registering commands', () => {
  const lines = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      write: (line: string) => out.push(line),
      warn: (line: string) => err.push(line),
    };
  };

  it('registers globally when no guild is set', async () => {
    const since = fake.requests.length;
    const log = lines();
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await runRegister(config, registry, log.write, log.warn)).toBe(0);
    const [put] = fake.requests.slice(since);
    expect(put?.path).toBe(`/api/v10/applications/${APPLICATION_ID}/commands`);
    expect(put?.body).toEqual(expectedBody);
    expect(log.out[0]).toMatch(
      new RegExp(`^Registered ${discordCommands(registry).length} commands globally`),
    );
  });

  it('says what to set when the token or application id is missing', async () => {
    const log = lines();
    expect(
      await runRegister(loadConfig({ DISCORD_TOKEN: TOKEN }), registry, log.write, log.warn),
    ).toBe(1);
    expect(log.err[0]).toContain('DISCORD_APPLICATION_ID');
  });

  it('explains a rejected token without printing it', async () => {
    fake.overrideOnce('PUT', /commands$/, {
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    const log = lines();
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await runRegister(config, registry, log.write, log.warn)).toBe(1);
    expect(log.err[0]).toContain('Discord rejected DISCORD_TOKEN');
    expect([...log.out, ...log.err].join('\n')).not.toContain(TOKEN);
  });

  it('asks for the permissions the bot needs to post, and nothing more', () => {
    // View Channel 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read Message History 1<<16,
    // Send Messages in Threads 1<<38.
    expect(BOT_PERMISSIONS).toBe(
      (1n << 10n) + (1n << 11n) + (1n << 14n) + (1n << 16n) + (1n << 38n),
    );
    expect(inviteUrl(APPLICATION_ID)).toBe(
      `https://discord.com/oauth2/authorize?client_id=${APPLICATION_ID}&scope=bot+applications.commands&permissions=274877991936`,
    );
  });
});
