import { config as loadDotenv } from 'dotenv';
import { runRegister } from '../adapters/discord/register-commands.ts';
import { createApp } from '../app/create-app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DISCORD_REGISTER_USAGE, exitIfHelpAsked } from './usage.ts';

/**
 * `npm run discord:register`: registers Briefbot's slash commands with Discord (to the server in
 * DISCORD_GUILD_ID, or globally) and prints the link that adds the bot to a server.
 */
exitIfHelpAsked(process.argv.slice(2), DISCORD_REGISTER_USAGE);
loadDotenv({ quiet: true });
try {
  const app = createApp(loadConfig());
  process.exitCode = await runRegister(
    app.config,
    app.registry,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
