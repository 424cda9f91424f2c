import { PassThrough } from 'node:stream';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../../fakes/credentials.ts';
import type { FakeSlack } from '../../fakes/fake-slack.ts';
import type { SeenOnce } from '../../src/adapters/slack/seen-once.ts';
import { startSlack } from '../../src/adapters/slack/slack-bot.ts';
import { loadConfig } from '../../src/config.ts';
import type { Command, ContextFactory } from '../../src/core/command.ts';
import { registry as defaultRegistry } from '../../src/core/commands/index.ts';
import type { Library } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import type { RunningPlatform } from '../../src/platform.ts';
import { context, seedLibrary } from './briefings.ts';

export { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../../fakes/credentials.ts';

export interface TestBot {
  platform: RunningPlatform;
  /** Bolt's endpoint, in HTTP mode. */
  eventsUrl: string;
  /** Every log line so far, as text. */
  logs: () => string;
  stop: () => Promise<void>;
}

/**
 * The real Slack adapter (Bolt and all) against a fake Slack: HTTP mode on a free loopback port,
 * or Socket Mode with `socket: true`. The Web API client retries at once, so tests stay fast.
 */
export async function startTestBot(
  fake: FakeSlack,
  options: {
    socket?: boolean;
    registry?: readonly Command[];
    env?: Record<string, string>;
    /** The briefings to answer from; the shipped ones unless set. */
    library?: Library;
    /** Replaces the default context (one without digests). */
    createContext?: ContextFactory;
    /** The log level; `info` unless set. */
    level?: string;
    /** What the bot has seen, shared with other bots (Redis); its own memory unless set. */
    seenOnce?: SeenOnce;
  } = {},
): Promise<TestBot> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(options.socket ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    ...options.env,
  });
  let lines = '';
  const destination = new PassThrough();
  destination.on('data', (chunk) => {
    lines += chunk;
  });
  const log = createLogger({
    level: options.level ?? 'info',
    secrets: [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN],
    destination,
  });
  const library = options.library ?? seedLibrary();
  const platform = await startSlack({
    config,
    log,
    registry: options.registry ?? defaultRegistry,
    library,
    createContext: options.createContext ?? ((caller) => context(library, caller)),
    host: '127.0.0.1',
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 0 },
    ...(options.seenOnce ? { seenOnce: options.seenOnce } : {}),
  });
  return {
    platform,
    eventsUrl: `http://127.0.0.1:${platform.port ?? 0}/slack/events`,
    logs: () => lines,
    stop: () => platform.stop(),
  };
}
