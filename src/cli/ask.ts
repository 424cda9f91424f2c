import { config as loadDotenv } from 'dotenv';
import { renderText } from '../adapters/console/render-text.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { briefingsFolderProblem } from '../content/briefings-folder.ts';
import { serveBriefings } from '../content/serve-briefings.ts';
import { registry } from '../core/commands/index.ts';
import { dispatchText } from '../core/dispatch.ts';
import { createLogger } from '../logger.ts';
import { ASK_USAGE, exitIfHelpAsked } from './usage.ts';

/**
 * `npm run ask -- "<query>"`: answers one question and exits: 0 with the answer on stdout, or 1
 * with the message on stderr when the question names something unknown or cannot be answered.
 */
exitIfHelpAsked(process.argv.slice(2), ASK_USAGE);
loadDotenv({ quiet: true });
const query = process.argv.slice(2).join(' ').trim();
if (query === '') {
  process.stderr.write(ASK_USAGE);
  process.exit(2);
}
let dir: string;
try {
  dir = loadConfig().BRIEFINGS_DIR;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const folderProblem = briefingsFolderProblem(dir);
if (folderProblem) {
  process.stderr.write(`${folderProblem}\n`);
  process.exit(1);
}
const log = createLogger({ level: process.env.LOG_LEVEL || 'error' });
const { library } = serveBriefings({ dir, log, watch: false });
await library.textReady();
const reply = await dispatchText(registry, query, {
  library,
  caller: {
    platform: 'console',
    userId: 'cli',
    channelId: 'cli',
    isDirect: true,
    canManageChannel: true,
  },
  now: () => new Date(),
});
const text = `${renderText(reply)}\n`;
if (reply.error) {
  process.stderr.write(text);
  process.exitCode = 1;
} else {
  process.stdout.write(text);
}
