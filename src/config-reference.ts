import { configSchema } from './config.ts';

/** What an operator reads about one environment variable in `docs/configuration.md`. */
export interface VariableDoc {
  /** The group it is listed under. */
  group: 'General' | 'Discord' | 'Slack' | 'Digests' | 'Feeds';
  /** The default as an operator should read it, where the schema's own value needs words. */
  defaultText?: string;
  meaning: string;
}

/**
 * One entry per variable of the config schema. Kept beside the schema rather than inside it so
 * that the schema stays a plain validator; a test fails when the two lists drift apart.
 */
export const variableDocs: Record<string, VariableDoc> = {
  BRIEFINGS_DIR: {
    group: 'General',
    meaning: 'Directory of briefing files (YAML); edits are picked up while the bot runs',
  },
  BRIEFING_MAX_BYTES: {
    group: 'General',
    defaultText: '`1048576` (1 MiB)',
    meaning:
      'The largest briefing file read; a larger one is reported with its name and the limit, and not served',
  },
  SHUTDOWN_TIMEOUT_SECONDS: {
    group: 'General',
    meaning:
      'How long a shutdown (SIGTERM, Ctrl-C) may take before the bot exits anyway; deliveries under way are finished once at the next start',
  },
  LOG_LEVEL: {
    group: 'General',
    defaultText: '`info` (`warn` in the console)',
    meaning: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
  },
  LOG_FORMAT: {
    group: 'General',
    defaultText: '`pretty` on a terminal, else `json`',
    meaning:
      '`json` (one JSON object per line, for log collectors) or `pretty` (short readable lines)',
  },
  NO_COLOR: {
    group: 'General',
    defaultText: 'colour on a terminal',
    meaning: 'Set to anything to turn colour off in the console and its logs',
  },
  DATA_DIR: {
    group: 'General',
    meaning:
      'Where the digest database (`briefbot.sqlite`), the cache of parsed briefings (`briefing-cache.ndjson`, with its heads in `briefing-cache.heads`) and the saved full-text and topic indexes (`text-index.snapshot`, `topic-index.snapshot`) live; created on start',
  },
  DATABASE_URL: {
    group: 'General',
    defaultText: 'SQLite under `DATA_DIR`',
    meaning:
      'PostgreSQL (`postgres://user:password@host:5432/db`) shared by several bot processes: subscriptions, deliveries, the digest job queue, followed feeds and the items seen of them, the drafts announced, and the briefing files the bot writes at run time (drafts, approvals, rejections) live there; each due digest is sent once across all of them, and a draft approved on one is served by all (see docs/operations.md); its password never reaches a log',
  },
  DIGEST_JOB_TIMEOUT_SECONDS: {
    group: 'Digests',
    meaning:
      "With `DATABASE_URL`: how long a process may hold a digest job before it counts as stopped and another process takes the job over; a killed process's digests go out within about 1.25 times this, plus a few seconds",
  },
  DATABASE_SCHEMA: {
    group: 'General',
    meaning:
      "The PostgreSQL schema for Briefbot's tables (created on start); the job queue uses this name with `_jobs` after it",
  },
  DEFAULT_TIMEZONE: { group: 'Digests', meaning: 'IANA time zone for digests that name none' },
  DISCORD_TOKEN: { group: 'Discord', meaning: 'Bot token; turns Discord on' },
  DISCORD_APPLICATION_ID: {
    group: 'Discord',
    meaning: 'Application id; `npm run discord:register` needs it',
  },
  DISCORD_GUILD_ID: {
    group: 'Discord',
    meaning: 'Register commands to this server only (instant updates while developing)',
  },
  DISCORD_API_URL: {
    group: 'Discord',
    defaultText: "Discord's",
    meaning: 'REST base, for tests and proxies',
  },
  DISCORD_SHARDS: {
    group: 'Discord',
    defaultText: 'one shard',
    meaning:
      '`auto` (as many shards as Discord recommends), a count such as `4` (this process runs them all) or `4:0,1` (this process runs shards 0 and 1 of 4); direct messages arrive on shard 0',
  },
  SLACK_BOT_TOKEN: { group: 'Slack', meaning: 'Bot token (`xoxb-…`); turns Slack on' },
  SLACK_SIGNING_SECRET: {
    group: 'Slack',
    meaning: 'Verifies every HTTP request from Slack; required in HTTP mode',
  },
  DISCORD_EDITOR_ROLE: {
    group: 'Discord',
    meaning:
      'Name of the server role whose members may review drafts (`/review`), besides those with Manage Server',
  },
  DISCORD_REVIEW_CHANNEL: {
    group: 'Discord',
    defaultText: 'no announcements',
    meaning:
      'Channel id where each new draft is announced with Approve and Reject buttons for editors',
  },
  SLACK_APP_TOKEN: { group: 'Slack', meaning: 'App-level token (`xapp-…`); selects Socket Mode' },
  SLACK_API_URL: {
    group: 'Slack',
    defaultText: "Slack's",
    meaning: 'Web API base, for tests and proxies',
  },
  SLACK_POSTS_PER_SECOND: {
    group: 'Slack',
    meaning:
      'Digest posts a second across the workspace, every process together (besides Slack\'s one a second per channel). Slack gives no exact workspace limit ("several hundred messages a minute"); set your workspace\'s if it answers digests with 429s or allows more (see docs/operations.md)',
  },
  PORT: {
    group: 'Slack',
    meaning: 'HTTP port for Slack in HTTP mode (requests go to `/slack/events`)',
  },
  REDIS_URL: {
    group: 'General',
    meaning:
      "Redis shared by several bot processes behind a load balancer: a replayed Slack request or a repeated event is refused across all of them, and digest posts are paced under Discord's and Slack's limits across all of them; each process remembers and paces on its own when unset",
  },
  REDIS_PREFIX: {
    group: 'General',
    meaning: 'What every key Briefbot writes to Redis starts with',
  },
  METRICS_PORT: {
    group: 'General',
    meaning:
      'Serves `/healthz`, `/readyz` and Prometheus `/metrics` on this port (see docs/operations.md); off when unset',
  },
  METRICS_HOST: {
    group: 'General',
    meaning: 'The interface those endpoints listen on; `0.0.0.0` to reach them from other hosts',
  },
  SLACK_DIGEST_ADMINS: {
    group: 'Slack',
    meaning:
      'Slack user ids (comma-separated) who may manage channel digests, besides workspace admins and owners',
  },
  SLACK_EDITORS: {
    group: 'Slack',
    meaning:
      'Slack user ids (comma-separated) who may review drafts (`/review`), besides workspace admins and owners',
  },
  SLACK_REVIEW_CHANNEL: {
    group: 'Slack',
    defaultText: 'no announcements',
    meaning:
      'Channel id (`C…`) where each new draft is announced with Approve and Reject buttons for editors',
  },
  FEEDS_FILE: {
    group: 'Feeds',
    defaultText: 'none',
    meaning:
      'A text file of feed URLs, one a line (`#` starts a comment), followed from start besides those added with `/feeds add`; a feed taken out of the file is unfollowed at the next start',
  },
  FEED_POLL_MINUTES: { group: 'Feeds', meaning: 'The usual gap between two reads of a feed' },
  FEED_MAX_CACHE_MINUTES: {
    group: 'Feeds',
    meaning: "The longest a feed's `Cache-Control: max-age` may hold off its next read",
  },
  FEED_FIRST_READ_ITEMS: {
    group: 'Feeds',
    meaning:
      "On a new feed's first read, how many of its newest items are drafted; older ones are only noted as seen",
  },
  FEED_TIMEOUT_SECONDS: {
    group: 'Feeds',
    meaning: 'How long one request for a feed or an article page may take in all',
  },
  FEED_MAX_BYTES: {
    group: 'Feeds',
    defaultText: '`5242880` (5 MiB)',
    meaning: 'The largest feed or article page read; a larger one counts as a failure',
  },
  FEED_MAX_FAILURES: {
    group: 'Feeds',
    meaning:
      'Failures in a row (each retried after a doubling delay) after which a feed is paused and the review channel told',
  },
  FEED_ALLOW_PRIVATE: {
    group: 'Feeds',
    defaultText: '`false`',
    meaning:
      '`true` lets feeds and article links reach private, loopback and link-local addresses; a comma-separated list of addresses (`10.0.0.5,127.0.0.1`) allows only those (an intranet server, tests). Otherwise such addresses are refused after DNS resolution, on every redirect',
  },
  DIGEST_CATCHUP_HOURS: {
    group: 'Digests',
    meaning:
      'A digest missed while the bot was down is sent once at start if it fell due this recently',
  },
};

/** The variable names the schema reads, in the schema's order. */
export function schemaVariables(): string[] {
  return Object.keys(configSchema.shape);
}

function defaultOf(name: string, defaults: Record<string, unknown>): string {
  const text = variableDocs[name]?.defaultText;
  if (text !== undefined) return text;
  const value = defaults[name];
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return '';
  return `\`${Array.isArray(value) ? value.join(',') : String(value)}\``;
}

/** The Markdown table of every variable, grouped, with the defaults the schema really applies. */
export function configurationTable(): string {
  const defaults = configSchema.parse({}) as Record<string, unknown>;
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = ['| Variable | Default | Meaning |', '| --- | --- | --- |'];
  for (const group of ['General', 'Discord', 'Slack', 'Digests', 'Feeds'] as const) {
    for (const name of schemaVariables()) {
      const doc = variableDocs[name];
      if (doc?.group !== group) continue;
      rows.push(`| \`${name}\` | ${cell(defaultOf(name, defaults))} | ${cell(doc.meaning)} |`);
    }
  }
  return rows.join('\n');
}

/** Markers around the generated table in `docs/configuration.md`. */
export const TABLE_START = '<!-- generated by npm run docs:config: start -->';
export const TABLE_END = '<!-- generated by npm run docs:config: end -->';

/** `page` with the text between the markers replaced by the current table. */
export function withConfigurationTable(page: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('the page has no generated-table markers');
  return `${page.slice(0, start + TABLE_START.length)}\n${configurationTable()}\n${page.slice(end)}`;
}
