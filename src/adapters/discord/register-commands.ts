import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import type { Command } from '../../core/command.ts';
import { discordCommands } from './discord-commands.ts';
import { inviteUrl } from './invite.ts';

/** Where the commands went: one server (instant) or every server (global). */
export interface Registered {
  scope: 'guild' | 'global';
  count: number;
}

/**
 * Registers the registry's commands with Discord by bulk overwrite: the list sent replaces the
 * old one, so registering the same commands twice changes nothing, and removed commands vanish.
 */
async function registerCommands(options: {
  token: string;
  applicationId: string;
  guildId?: string;
  api?: string;
  registry: readonly Command[];
}): Promise<Registered> {
  const rest = new REST({ ...(options.api ? { api: options.api } : {}) }).setToken(options.token);
  const body = discordCommands(options.registry);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: options.guildId ? 'guild' : 'global', count: result.length };
}

function explain(error: unknown, config: Config): string {
  if (!(error instanceof DiscordAPIError))
    return error instanceof Error ? error.message : String(error);
  if (error.status === 401)
    return 'Discord rejected DISCORD_TOKEN. Copy it again from the Bot page.';
  if (error.code === 50001 && config.DISCORD_GUILD_ID)
    return 'The bot is not in the server DISCORD_GUILD_ID names. Invite it with the link below first.';
  if (error.status === 403 || error.status === 404)
    return `Discord refused (${error.message}). Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID.`;
  return `Discord answered ${error.status}: ${error.message}`;
}

/**
 * `npm run discord:register`: registers the commands (to DISCORD_GUILD_ID if set, else globally)
 * and prints the invite link. Returns the exit code; output goes to `out` and `err`.
 */
export async function runRegister(
  config: Config,
  registry: readonly Command[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = config;
  if (!token || !applicationId) {
    err(
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (in .env or the environment); see docs/discord-setup.md.',
    );
    return 1;
  }
  try {
    const done = await registerCommands({
      token,
      applicationId,
      registry,
      ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    });
    out(
      done.scope === 'guild'
        ? `Registered ${done.count} commands to server ${config.DISCORD_GUILD_ID}; they are usable there now.`
        : `Registered ${done.count} commands globally, for every server and DM. Discord clients can take a while to show changes.`,
    );
  } catch (error) {
    err(`Could not register the commands: ${explain(error, config)}`);
    out(`Invite link: ${inviteUrl(applicationId)}`);
    return 1;
  }
  out('Add Briefbot to a server with this link (you need Manage Server there):');
  out(inviteUrl(applicationId));
  return 0;
}
