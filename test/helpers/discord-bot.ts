import { PassThrough } from 'node:stream';
import { TOKEN } from '../../fakes/credentials.ts';
import type { FakeDiscord } from '../../fakes/fake-discord.ts';
import { startDiscord } from '../../src/adapters/discord/discord-bot.ts';
import { loadConfig } from '../../src/config.ts';
import type { Command, ContextFactory } from '../../src/core/command.ts';
import { registry as defaultRegistry } from '../../src/core/commands/index.ts';
import type { Library } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import { context, seedLibrary } from './briefings.ts';

export { TOKEN } from '../../fakes/credentials.ts';

/** One JSON log line as the bot wrote it. */
export type LogLine = Record<string, unknown>;

/**
 * Starts the real Discord adapter (real discord.js) against a fake Discord, with the timings a
 * test wants: no REST offset or retries, and no wait between identifies.
 */
export async function startBot(
  fake: FakeDiscord,
  options: {
    registry?: readonly Command[];
    library?: Library;
    deferAfterMs?: number;
    /** Replaces the default context (one without digests). */
    createContext?: ContextFactory;
    /** The log level; `info` unless set. */
    level?: string;
    /** More settings, as the environment would give them (DISCORD_SHARDS). */
    env?: Record<string, string>;
  } = {},
) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  const library = options.library ?? seedLibrary();
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, ...options.env });
  const bot = await startDiscord({
    config,
    log: createLogger({ level: options.level ?? 'info', secrets: [TOKEN], destination: stream }),
    registry: options.registry ?? defaultRegistry,
    library,
    createContext:
      options.createContext ??
      ((caller) => ({ ...context(library, caller), now: () => new Date() })),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    clientOptions: {
      rest: { offset: 0, retries: 0 },
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
    },
  });
  return {
    bot,
    /** Everything logged so far, as raw text (to check that no token slips through). */
    logText: () => text,
    logs: (): LogLine[] =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
  };
}
