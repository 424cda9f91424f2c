import { config as loadDotenv } from 'dotenv';
import { renderText } from '../adapters/console/render-text.ts';
import { createApp } from '../app/create-app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { briefingsFolderProblem } from '../content/briefings-folder.ts';
import { directCaller } from '../core/caller.ts';
import { dispatchText } from '../core/dispatch.ts';
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
let app: ReturnType<typeof createApp>;
try {
  const config = loadConfig();
  const folderProblem = briefingsFolderProblem(config.BRIEFINGS_DIR);
  if (folderProblem) {
    process.stderr.write(`${folderProblem}\n`);
    process.exit(1);
  }
  app = createApp(config, { defaultLogLevel: 'error' });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await app.library.textReady();
const reply = await dispatchText(
  app.registry,
  query,
  app.createContext(directCaller('console', 'cli', 'cli')),
);
await app.stop();
const text = `${renderText(reply)}\n`;
if (reply.error) {
  process.stderr.write(text);
  process.exitCode = 1;
} else {
  process.stdout.write(text);
}
