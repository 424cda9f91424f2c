import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { runConsole } from './adapters/console/console-bot.ts';
import { createConsolePublish } from './adapters/console/console-publish.ts';
import { ConfigError, loadConfig, platformsOf, secretsOf } from './config.ts';
import { serveBriefings } from './content/serve-briefings.ts';
import type { Caller, CommandContext } from './core/command.ts';
import { registry } from './core/commands/index.ts';
import type { DigestService } from './core/digest-service.ts';
import type { Publishers } from './digests/deliver-digest.ts';
import { type RunningDigests, startDigests } from './digests/start-digests.ts';
import { createLogger } from './logger.ts';
import type { PlatformOptions, RunningPlatform } from './platform.ts';
import { stopWithin } from './shutdown-deadline.ts';

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
const served = serveBriefings({
  dir: config.BRIEFINGS_DIR,
  log,
  watch: true,
  cacheFile: join(config.DATA_DIR, 'briefing-cache.ndjson'),
  maxBytes: config.BRIEFING_MAX_BYTES,
});

// Commands reach digests through the context; the service exists once the platforms it
// delivers through are connected, so the factory reads it when each request arrives.
let digests: DigestService | undefined;
const createContext = (caller: Caller): CommandContext => ({
  library: served.library,
  caller,
  now: () => new Date(),
  ...(digests ? { digests } : {}),
});
const options: PlatformOptions = { config, log, registry, library: served.library, createContext };
const running: RunningPlatform[] = [];
let digestRun: RunningDigests | undefined;

/** Stops everything within SHUTDOWN_TIMEOUT_SECONDS; false when the deadline cut it short. */
function stopAll(): Promise<boolean> {
  return stopWithin(
    async () => {
      served.stop();
      await digestRun?.stop();
      await Promise.allSettled(running.map((platform) => platform.stop()));
    },
    config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    log,
  );
}

// Throws when the database cannot be used (a DatabaseError says which file and what to do): the
// bot stops rather than run on with every subscription silently undelivered.
function openDigests(publishers: Publishers): void {
  digestRun = startDigests({ config, library: served.library, publishers, log });
  digests = digestRun.service;
}

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
  const width = process.stdout.columns ? Math.min(process.stdout.columns, 100) : undefined;
  try {
    openDigests({ console: createConsolePublish(process.stdout, width) });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    await stopAll();
    process.exit(1);
  }
  // Ctrl-C or a service manager's SIGTERM: finish deliveries under way and save state, then exit.
  const interrupt = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void stopAll().then((clean) => process.exit(clean ? 0 : 1));
  };
  process.once('SIGINT', () => interrupt('SIGINT'));
  process.once('SIGTERM', () => interrupt('SIGTERM'));
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    registry,
    createContext,
    log,
    interactive,
    width,
  });
  await stopAll();
} else {
  let stopping = false;
  const shutdown = async (signal: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const clean = await stopAll();
    process.exit(clean ? code : 1);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  try {
    // Each platform library is loaded only when configured, so the console starts without them.
    if (platforms.discord) {
      const { startDiscord } = await import('./adapters/discord/discord-bot.ts');
      running.push(await startDiscord(options));
    }
    if (platforms.slack) {
      const { startSlack } = await import('./adapters/slack/slack-bot.ts');
      running.push(await startSlack(options));
    }
    // Digests start once the platforms they deliver through are connected.
    openDigests(Object.fromEntries(running.map((platform) => [platform.name, platform.publish])));
    log.info({ platforms: running.map((platform) => platform.name) }, 'briefbot is running');
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await shutdown('start failed', 1);
  }
}
