import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { createConsolePublish } from './adapters/console/console-publish.ts';
import { createConsoleScreen } from './adapters/console/console-screen.ts';
import { colourStyle, plainStyle } from './adapters/console/console-style.ts';
import { createApp } from './app/create-app.ts';
import { stopWithin } from './app/shutdown-deadline.ts';
import { exitIfHelpAsked, START_USAGE } from './cli/usage.ts';
import { type Config, ConfigError, loadConfig, platformsOf } from './config.ts';
import { briefingsFolderProblem } from './content/briefings-folder.ts';

const args = process.argv.slice(2);
exitIfHelpAsked(args, START_USAGE);
if (args.length > 0) {
  process.stderr.write(`Unknown argument ${args[0]}\n\n${START_USAGE}`);
  process.exit(2);
}
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

const folderProblem = briefingsFolderProblem(config.BRIEFINGS_DIR);
if (folderProblem) {
  process.stderr.write(`${folderProblem}\n`);
  process.exit(1);
}

const platforms = platformsOf(config);
const consoleMode = !platforms.discord && !platforms.slack;
// A person at a terminal gets line editing, colour and short log lines; a service manager or a
// pipe gets plain text and JSON lines.
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const screen = createConsoleScreen(process.stdout);
const app = createApp(config, {
  watch: true,
  briefingCache: true,
  logOutput: {
    format: config.LOG_FORMAT ?? (process.stderr.isTTY ? 'pretty' : 'json'),
    colour: !config.NO_COLOR && Boolean(process.stderr.isTTY),
    // At the console's prompt, log lines are printed above it like digests, not across it.
    ...(consoleMode && interactive && process.stderr.isTTY ? { destination: screen.stream() } : {}),
  },
});
const { log } = app;

/** Stops everything within SHUTDOWN_TIMEOUT_SECONDS; false when the deadline cut it short. */
function stopAll(): Promise<boolean> {
  return stopWithin(() => app.stop(), config.SHUTDOWN_TIMEOUT_SECONDS * 1000, log);
}

let shuttingDown = false;
/** Stops once, however many signals or failures ask, then exits with `code` (1 if cut short). */
async function shutdown(signal: string, code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down');
  const clean = await stopAll();
  process.exit(clean ? code : 1);
}

/**
 * Ctrl-C or a service manager's SIGTERM: finish deliveries under way and save state, then exit.
 * Handled every time, not once: under `npm start` one Ctrl-C reaches the bot twice (from the
 * terminal's process group and forwarded by npm), and a second signal left to its default would
 * end the process before it stopped. SHUTDOWN_TIMEOUT_SECONDS bounds the stop.
 */
function stopOnSignals(): void {
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
}
// From the start, not once the bot is up: a start at 100,000 briefings takes seconds, and a signal
// left to its default meanwhile ended the process at once, without the orderly stop (the heads
// file, which spares the next start most of its reading, is saved at a stop once briefings are
// served). A stop during the start stops whatever is running by then.
stopOnSignals();

try {
  await app.serveOps();
} catch (error) {
  process.stderr.write(
    `Cannot serve /healthz, /readyz and /metrics on ${config.METRICS_HOST}:${config.METRICS_PORT} (${(error as Error).message}). Set METRICS_PORT to a free port, or leave it empty.\n`,
  );
  process.exit(1);
}

await app.loadBriefings();

if (consoleMode) {
  process.stderr.write(
    [
      `Briefbot console: ${app.library.briefings().length} briefing(s) loaded from ${config.BRIEFINGS_DIR}/.`,
      'Type /help, or ask "what did blinken say?". End with Ctrl-D.',
      'To connect a chat platform, set DISCORD_TOKEN (Discord) or SLACK_BOT_TOKEN (Slack) in .env; see docs/discord-setup.md or docs/slack-setup.md.',
      '',
    ].join('\n'),
  );
  const width = process.stdout.columns ? Math.min(process.stdout.columns, 100) : undefined;
  const style = !config.NO_COLOR && process.stdout.isTTY ? colourStyle : plainStyle;
  // An unusable database stops the bot (the error says which file and what to do) rather than
  // run on with every subscription silently undelivered.
  try {
    await app.openDigests({ console: createConsolePublish(screen, width, style) });
    await app.openFeeds();
    await app.shareBriefings();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    await stopAll();
    process.exit(1);
  }
  await app.runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive,
    style,
    screen,
    historyFile: join(config.DATA_DIR, 'console-history'),
    ...(width === undefined ? {} : { width }),
  });
  await stopAll();
} else {
  try {
    const running = await app.connect();
    log.info({ platforms: running.map((platform) => platform.name) }, 'briefbot is running');
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await shutdown('start failed', 1);
  }
}
