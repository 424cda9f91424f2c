import { config as loadDotenv } from 'dotenv';
import { runConsole } from './adapters/console/console-bot.ts';
import { ConfigError, loadConfig, platformsOf, secretsOf } from './config.ts';
import { serveBriefings } from './content/serve-briefings.ts';
import type { Caller } from './core/command.ts';
import { registry } from './core/commands/index.ts';
import { createLogger } from './logger.ts';
import type { RunningPlatform } from './platform.ts';

loadDotenv({ quiet: true });

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const platforms = platformsOf(config);
const consoleMode = !platforms.discord && !platforms.slack;
// In the console, routine logs would drown the answers; show them only when asked for.
const level = process.env.LOG_LEVEL ? config.LOG_LEVEL : consoleMode ? 'warn' : 'info';
const log = createLogger({ level, secrets: secretsOf(config) });
const served = serveBriefings({ dir: config.BRIEFINGS_DIR, log, watch: true });

if (consoleMode) {
  const interactive = Boolean(process.stdin.isTTY);
  process.stderr.write(
    [
      `Briefbot console: ${served.library.briefings().length} briefing(s) loaded from ${config.BRIEFINGS_DIR}/.`,
      'Type /help, or ask "what did blinken say?". End with Ctrl-D.',
      'To connect a chat platform, set DISCORD_TOKEN (Discord) or SLACK_BOT_TOKEN (Slack) in .env; see README.md.',
      '',
    ].join('\n'),
  );
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    registry,
    createContext: (caller) => ({ library: served.library, caller, now: () => new Date() }),
    log,
    interactive,
    width: process.stdout.columns ? Math.min(process.stdout.columns, 100) : undefined,
  });
  served.stop();
} else {
  const options = {
    config,
    log,
    registry,
    library: served.library,
    createContext: (caller: Caller) => ({ library: served.library, caller, now: () => new Date() }),
  };
  const running: RunningPlatform[] = [];
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    served.stop();
    await Promise.allSettled(running.map((platform) => platform.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    if (platforms.discord) {
      // Loaded only when configured, so the console starts without loading discord.js.
      const { startDiscord } = await import('./adapters/discord/discord-bot.ts');
      running.push(await startDiscord(options));
    }
    if (running.length === 0) {
      log.error({ platforms }, 'chat platforms are not available in this build');
      process.exitCode = 1;
      await shutdown('start failed');
    }
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await Promise.allSettled(running.map((platform) => platform.stop()));
    process.exit(1);
  }
}
