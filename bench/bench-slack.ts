import { startSlack } from '../src/adapters/slack/slack-bot.ts';
import { loadConfig } from '../src/config.ts';
import type { ContextFactory } from '../src/core/command.ts';
import { registry } from '../src/core/commands/index.ts';
import type { Library } from '../src/core/library.ts';
import type { Logger } from '../src/logger.ts';
import { context } from '../test/helpers/briefings.ts';
import type { FakeSlack } from '../test/helpers/fake-slack.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../test/helpers/slack-bot.ts';

/** Briefbot's Slack adapter in HTTP mode on a loopback port, calling the given fake Slack. */
export function startBenchSlack(
  fake: FakeSlack,
  library: Library,
  log: Logger,
  createContext: ContextFactory = (caller) => context(library, caller),
) {
  return startSlack({
    config: loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
    }),
    log,
    registry,
    library,
    createContext,
    host: '127.0.0.1',
  });
}
