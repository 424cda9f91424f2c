import { config as loadDotenv } from 'dotenv';
import { createConsolePublish } from './adapters/console/console-publish.ts';
import { createApp } from './app/create-app.ts';
import { type Config, ConfigError, loadConfig, platformsOf } from './config.ts';

loadDotenv({ quiet: true });

let config: Config;
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
const app = createApp(config, { watch: true, briefingCache: true });
const { log } = app;

if (consoleMode) {
  const interactive = Boolean(process.stdin.isTTY);
  process.stderr.write(
    [
      `Briefbot console: ${app.library.briefings().length} briefing(s) loaded from ${config.BRIEFINGS_DIR}/.`,
      'Type /help, or ask "what did blinken say?". End with Ctrl-D.',
      'To connect a chat platform, set DISCORD_TOKEN (Discord) or SLACK_BOT_TOKEN (Slack) in .env; see README.md.',
      '',
    ].join('\n'),
  );
  const width = process.stdout.columns ? Math.min(process.stdout.columns, 100) : undefined;
  app.openDigests({ console: createConsolePublish(process.stdout, width) });
  // Ctrl-C or a service manager's SIGTERM: finish deliveries under way and save state, then exit.
  const interrupt = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => interrupt('SIGINT'));
  process.once('SIGTERM', () => interrupt('SIGTERM'));
  await app.runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive,
    ...(width === undefined ? {} : { width }),
  });
  await app.stop();
} else {
  let stopping = false;
  const shutdown = async (signal: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  try {
    const running = await app.connect();
    log.info({ platforms: running.map((platform) => platform.name) }, 'briefbot is running');
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await shutdown('start failed', 1);
  }
}
