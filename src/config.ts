import { isIP } from 'node:net';
import { z } from 'zod';

// An empty line in .env (`DISCORD_TOKEN=`) means "not set", not "set to nothing".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** A comma-separated list of Slack user ids ("U012ABCDEF, W0123"), read as an array. */
const slackUserIds = () =>
  optional(z.string())
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[UW][A-Z0-9]+$/, 'must be Slack user ids such as U012ABCDEF, comma-separated'),
      ),
    );

const apiUrl = z.url({ message: 'must be a full URL such as http://127.0.0.1:8080/api' });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** How many Discord shards there are, and which this process runs. */
export type DiscordShards = 'auto' | { count: number; ids: number[] };

function parseShards(value: string, ctx: z.RefinementCtx): DiscordShards {
  if (value === 'auto') return 'auto';
  const match = /^(\d{1,5})(?::(\d{1,5}(?:,\d{1,5})*))?$/.exec(value);
  const count = match ? Number(match[1]) : 0;
  const ids = match?.[2]?.split(',').map(Number) ?? [...Array(count).keys()];
  if (count < 1 || ids.some((id) => id >= count) || new Set(ids).size !== ids.length) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be auto, a shard count such as 4, or a count and the ids this process runs, such as 4:0,1 (each id below the count, none twice)',
    });
    return z.NEVER;
  }
  return { count, ids };
}

/** Each platform's token, and the settings that mean nothing without it. */
const halves = [
  ['DISCORD_TOKEN', ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID']],
  ['SLACK_BOT_TOKEN', ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']],
] as const;

/** Every environment variable Briefbot reads. `.env.example` documents each one. */
export const configSchema = z
  .object({
    BRIEFINGS_DIR: optional(z.string()).default('briefings'),
    /** The largest briefing file read, in bytes; a larger one is reported and not served. */
    BRIEFING_MAX_BYTES: optional(
      z.coerce
        .number()
        .int('must be a whole number of bytes')
        .min(1024, 'must be at least 1024 bytes')
        .max(1024 ** 3, 'must be at most 1073741824 bytes (1 GiB)'),
      // 1 MiB, as the briefing reader's own default: the longest real briefing is a few dozen KB.
    ).default(1024 * 1024),
    /** Unset: `info` for the bot, `warn` in the console, `error` for one-shot tools. */
    LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
    /** Unset: short readable lines on a terminal, JSON lines otherwise. */
    LOG_FORMAT: optional(z.enum(['json', 'pretty'])),
    /** Any value turns colour off (https://no-color.org). */
    NO_COLOR: optional(z.string()).transform((value) => value !== undefined),
    DATA_DIR: optional(z.string()).default('data'),
    /**
     * PostgreSQL shared by every process (subscriptions, deliveries, digest jobs, feeds, announced
     * drafts, briefing files written at run time); unset, all of these keep to SQLite under
     * DATA_DIR and the briefings folder, and need no server.
     */
    DATABASE_URL: optional(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/\S+$/,
          'must be a PostgreSQL URL such as postgres://briefbot@127.0.0.1:5432/briefbot',
        ),
    ),
    /** The schema Briefbot's tables live in (created if missing), so deployments can share a database. */
    DATABASE_SCHEMA: optional(
      z
        .string()
        .regex(
          /^[a-z_][a-z0-9_]{0,40}$/,
          'must be a lower-case schema name such as briefbot (letters, digits, _; at most 41)',
        ),
    ).default('briefbot'),
    DEFAULT_TIMEZONE: optional(
      z
        .string()
        .refine(isTimeZone, 'must be an IANA time zone such as Europe/London or America/New_York'),
    ).default('UTC'),

    DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a Discord bot token')),
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_API_URL: optional(apiUrl),
    /**
     * `auto` (as many shards as Discord recommends), a count (`4`: this process runs all four)
     * or a count and the shard ids this process runs (`4:0,1`). Unset: one shard.
     */
    DISCORD_SHARDS: optional(z.string().trim().transform(parseShards)),
    /** The server role whose members may review drafts, besides those with Manage Server. */
    DISCORD_EDITOR_ROLE: optional(z.string().trim().min(1).max(100)),
    /** The channel (id) where each new draft is announced with Approve and Reject buttons. */
    DISCORD_REVIEW_CHANNEL: optional(snowflake),

    SLACK_BOT_TOKEN: optional(
      z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-'),
    ),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, 'looks too short to be a signing secret')),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-'),
    ),
    SLACK_API_URL: optional(apiUrl),
    /**
     * Digest posts a second across the workspace, all processes together. Slack allows about one
     * a second per channel and "several hundred a minute" across a workspace without giving the
     * number; 5 a second (300 a minute) is the bottom of that range.
     */
    SLACK_POSTS_PER_SECOND: optional(z.coerce.number().int().min(1).max(1000)).default(5),
    PORT: optional(z.coerce.number().int().min(0).max(65535)).default(3000),
    /** Redis shared by every process behind a load balancer (replays, repeated events). */
    REDIS_URL: optional(
      z.string().regex(/^rediss?:\/\//, 'must be a Redis URL such as redis://127.0.0.1:6379'),
    ),
    /** What every key Briefbot writes to Redis starts with, so deployments can share a server. */
    REDIS_PREFIX: optional(z.string().min(1).max(100)).default('briefbot:'),
    /** Serves /healthz, /readyz and /metrics on this port; off when unset. */
    METRICS_PORT: optional(z.coerce.number().int().min(0).max(65535)),
    /** The interface the operator endpoints listen on; loopback unless opened on purpose. */
    METRICS_HOST: optional(z.string().min(1)).default('127.0.0.1'),
    /** Slack user ids (comma-separated) who may manage channel digests besides admins and owners. */
    SLACK_DIGEST_ADMINS: slackUserIds(),
    /** Slack user ids (comma-separated) who may review drafts besides admins and owners. */
    SLACK_EDITORS: slackUserIds(),
    /** The channel (id) where each new draft is announced with Approve and Reject buttons. */
    SLACK_REVIEW_CHANNEL: optional(
      z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a Slack channel id such as C0123ABCD'),
    ),

    /** How long a stop (SIGTERM, Ctrl-C) waits for deliveries and platforms before exiting. */
    SHUTDOWN_TIMEOUT_SECONDS: optional(z.coerce.number().min(0).max(600)).default(10),

    /** A digest run missed while the bot was down is sent once at start if it is this recent. */
    DIGEST_CATCHUP_HOURS: optional(
      z.coerce
        .number()
        .min(0)
        .max(24 * 7),
    ).default(6),

    /** A text file of feed URLs (one a line, `#` for comments) followed besides `/feeds add`. */
    FEEDS_FILE: optional(z.string().min(1)),
    /** The usual gap between two reads of a feed. */
    FEED_POLL_MINUTES: optional(
      z.coerce
        .number()
        .min(1)
        .max(24 * 60),
    ).default(15),
    /** The longest a feed's Cache-Control may hold off its next read. */
    FEED_MAX_CACHE_MINUTES: optional(
      z.coerce
        .number()
        .min(1)
        .max(7 * 24 * 60),
    ).default(360),
    /** On a new feed's first read, only its newest few items are drafted. */
    FEED_FIRST_READ_ITEMS: optional(z.coerce.number().int().min(0).max(100)).default(3),
    /** How long one feed or article request may take. */
    FEED_TIMEOUT_SECONDS: optional(z.coerce.number().min(1).max(120)).default(10),
    /** The largest feed or article page read, in bytes. */
    FEED_MAX_BYTES: optional(
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(100 * 1024 * 1024),
    ).default(5 * 1024 * 1024),
    /** Failures in a row after which a feed is paused (and announced). */
    FEED_MAX_FAILURES: optional(z.coerce.number().int().min(1).max(100)).default(5),
    /**
     * Lets feeds and articles be fetched from private, loopback and link-local addresses: `true`
     * for all, or a comma-separated list of the addresses allowed.
     */
    FEED_ALLOW_PRIVATE: optional(
      z
        .string()
        .trim()
        .refine(
          (value) =>
            value === 'true' ||
            value === 'false' ||
            value.split(',').every((part) => isIP(part.trim()) !== 0),
          'must be true, false, or a comma-separated list of IP addresses',
        ),
    ).transform((value): boolean | string[] =>
      value === undefined || value === 'false'
        ? false
        : value === 'true'
          ? true
          : value.split(',').map((part) => part.trim()),
    ),
    /**
     * With DATABASE_URL: how long a process may hold a digest job before it counts as gone and
     * another process takes the job over.
     */
    DIGEST_JOB_TIMEOUT_SECONDS: optional(z.coerce.number().int().min(2).max(3600)).default(120),
  })
  .superRefine((env, ctx) => {
    // Half a platform's settings without its token would start the console and exit 0 under a
    // service manager, as if all were well; the person meant to turn the platform on.
    for (const [token, partners] of halves) {
      const set = partners.filter((name) => env[name] !== undefined);
      if (env[token] === undefined && set.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [token],
          message: `is required when ${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set; set it, or remove ${set.length > 1 ? 'them' : 'it'} to run without that platform`,
        });
      }
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
  });

export type Config = z.output<typeof configSchema>;

/** Thrown when the environment is wrong; its message names each variable and never its value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The values that must never reach a log line. */
export function secretsOf(config: Config): string[] {
  return [
    config.DISCORD_TOKEN,
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
    passwordOf(config.DATABASE_URL),
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

/** The password in a database URL, as it is sent (percent-decoded) and as it is written. */
function passwordOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

/** A database URL fit for a log line or an error message: everything but the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const password = parsed.password === '' ? '' : ':***';
    // The query string is left out too: it may carry a password (`?password=`) or a key file.
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}${password}@` : ''}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the DATABASE_URL (not a valid URL)';
  }
}

/** Which platforms the configuration turns on; the console runs when neither is. */
export function platformsOf(config: Config): { discord: boolean; slack: boolean } {
  return {
    discord: config.DISCORD_TOKEN !== undefined,
    slack: config.SLACK_BOT_TOKEN !== undefined,
  };
}

/**
 * BRIEFINGS_DIR alone, for `npm run validate`, which checks files and must not refuse to run
 * because some other variable (a platform token) is wrong.
 */
export function briefingsDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return configSchema.shape.BRIEFINGS_DIR.parse(env.BRIEFINGS_DIR);
}

/** BRIEFING_MAX_BYTES alone, for tools that read briefing files and nothing else. */
export function briefingMaxBytesOf(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = configSchema.shape.BRIEFING_MAX_BYTES.safeParse(env.BRIEFING_MAX_BYTES);
  if (parsed.success) return parsed.data;
  throw new ConfigError(`BRIEFING_MAX_BYTES: ${parsed.error.issues[0]?.message}`);
}
