import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildManifest, EVENTS_PATH, manifestJson } from '../adapters/slack/slack-manifest.ts';
import { registry } from '../core/commands/index.ts';
import { exitIfHelpAsked, SLACK_MANIFEST_USAGE } from './usage.ts';

/**
 * `npm run slack:manifest`: writes `slack/manifest.json` (Socket Mode) from the command registry.
 * `npm run slack:manifest -- --request-url https://host/slack/events` prints the same app for HTTP
 * mode instead, with that URL for commands, events and interactivity, to paste into Slack.
 */
const PATH = 'slack/manifest.json';
const args = process.argv.slice(2);
exitIfHelpAsked(args, SLACK_MANIFEST_USAGE);
const flag = args.indexOf('--request-url');
if (flag === -1) {
  if (args.length > 0) {
    process.stderr.write(SLACK_MANIFEST_USAGE);
    process.exit(2);
  }
  mkdirSync(dirname(PATH), { recursive: true });
  writeFileSync(PATH, manifestJson(buildManifest(registry)));
  process.stderr.write(`${PATH}: written from ${registry.length} command(s)\n`);
} else {
  const url = args[flag + 1] ?? '';
  let valid = false;
  try {
    valid = new URL(url).protocol === 'https:';
  } catch {}
  if (!valid) {
    process.stderr.write(
      `--request-url needs the bot's public https URL, such as https://briefbot.example.org${EVENTS_PATH}\n`,
    );
    process.exit(2);
  }
  process.stdout.write(manifestJson(buildManifest(registry, { requestUrl: url })));
}
