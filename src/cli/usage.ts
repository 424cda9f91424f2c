/**
 * Every command-line tool answers `--help` (or `-h`) with its usage on stdout and exits 0, before
 * it reads any configuration or starts anything.
 */
export function exitIfHelpAsked(args: readonly string[], usage: string): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    process.exit(0);
  }
}

/** `npm start`. */
export const START_USAGE = `Usage: npm start [-- --help]

Runs Briefbot. With DISCORD_TOKEN and/or SLACK_BOT_TOKEN set (in .env or the environment) it
connects to Discord and/or Slack; with neither it is a local console that answers one question
per line until the input ends (Ctrl-D). Configuration: docs/configuration.md.

Examples:
  npm start                                   # the console, or the platforms configured in .env
  printf '/quote blinken\\nwho is putin?\\n' | npm start
  npm run build && node dist/main.js          # deployed: compiled, under a service manager
`;

/** `npm run ask`. */
export const ASK_USAGE = `Usage: npm run ask -- "<question or /command>"

Answers one question from the briefings and exits: 0 with the answer on stdout, 1 with the
message on stderr when the question names someone or something unknown, 2 on a usage error.

Examples:
  npm run ask -- "/quote blinken"
  npm run ask -- "what did putin say about sanctions?"
  npm run ask -- "/brief russia-dprk section:quotes"
`;

/** `npm run validate`. */
export const VALIDATE_USAGE = `Usage: npm run validate [-- <dir>] [--strict]

Checks every briefing file in <dir> (default BRIEFINGS_DIR, else briefings/) and prints each
problem as file:line:column field.path: message, every problem of a file in one run. Exits 1
when a file has an error (it will not be served), 0 when there are only warnings (the file is
served), 2 on a usage error or when the folder cannot be read.
  --strict   exit 1 on warnings too

Examples:
  npm run validate
  npm run validate -- drafts/ --strict
`;

/** `npm run eval:derive`. */
export const EVAL_DERIVE_USAGE = `Usage: npm run eval:derive -- <dir> [--json]

Drafts every NAME.txt in <dir> that has a NAME.quotes.json answer key beside it and prints quote
precision, recall and F1, speaker accuracy, people recall and the time per article.
  --json   the figures as JSON

Examples:
  npm run eval:derive -- test/fixtures/articles
  npm run eval:derive -- test/fixtures/articles --json
`;

/** `npm run discord:register`. */
export const DISCORD_REGISTER_USAGE = `Usage: npm run discord:register

Registers Briefbot's slash commands with Discord (to the server in DISCORD_GUILD_ID, or globally
without it) and prints the link that adds the bot to a server. Needs DISCORD_TOKEN and
DISCORD_APPLICATION_ID; see docs/discord-setup.md.

Example:
  DISCORD_GUILD_ID=123456789012345678 npm run discord:register
`;

/** `npm run slack:manifest`. */
export const SLACK_MANIFEST_USAGE = `Usage: npm run slack:manifest [-- --request-url https://host/slack/events]

Writes slack/manifest.json (Socket Mode) from the command registry. With --request-url, prints
the manifest for HTTP mode instead, with that URL for commands, events and interactivity.
See docs/slack-setup.md.

Examples:
  npm run slack:manifest
  npm run slack:manifest -- --request-url https://briefbot.example.org/slack/events
`;

/** `npm run soak`. */
export const SOAK_USAGE = `Usage: npm run soak [-- options]

Runs the bot process under load and faults against fake Discord and Slack servers on 127.0.0.1
and reports answers, digests delivered, lost and duplicated, latency and memory.
  --minutes N          how long (default 5; at least 3)
  --quick              3 minutes with a shorter warm-up
  --rate N             requests per second (default 8)
  --channels N         digest channels per platform (default 60)
  --dms N              digest DMs per platform (default 4)
  --out file.json      where the results go (default soak/results/latest.json, or
                       soak/results/instances-N.json with --instances)
  --heap-snapshots     have the bot write V8 heap snapshots after the warm-up and at the end
  --instances N        run N processes (default 1) on one fresh PostgreSQL schema and Redis
                       prefix, Discord shards split between them, Slack spread over them in turn
  --kill-every S       with --instances: SIGKILL a random process about every S seconds
                       (default 75) and restart it a few seconds later

Examples:
  npm run soak -- --quick
  npm run soak -- --minutes 15 --out soak/results/long-15min.json
  npm run soak -- --instances 3 --quick
`;
