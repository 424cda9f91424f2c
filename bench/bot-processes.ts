import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';
import { createPostgresSubscriptionStore, openPostgres } from '../src/digests/pg-store.ts';

/** The local PostgreSQL the tests and the bench share (trust authentication, database `test`). */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** A Discord channel id for the i-th digest (a snowflake, as discord.js keys its buckets on). */
export const discordChannel = (i: number) => String(1_600_000_000_000_000_001n + BigInt(i));
export const slackChannel = (i: number) => `CINST${i}`;

/** A bot child process and everything it wrote to stdout and stderr. */
export interface BotProcess {
  child: ChildProcess;
  exited: Promise<void>;
  output(): string;
}

/** The bot as `npm start` runs it (node with tsx, no npm in between, so SIGKILL reaches it). */
export function startBot(env: NodeJS.ProcessEnv): BotProcess {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited, output: () => output };
}

/** How many times a bot logged `message` (its JSON log lines' `msg`). */
export const countLogged = (bot: BotProcess, message: string) =>
  bot.output().split(`"msg":"${message}"`).length - 1;

/** The first JSON log line with `msg` equal to `message`, once the bot has written it. */
export async function untilLogged(
  bot: BotProcess,
  message: string,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const line of bot.output().split('\n')) {
      if (!line.includes(`"msg":"${message}"`)) continue;
      return JSON.parse(line) as Record<string, unknown>;
    }
    if (bot.child.exitCode !== null) throw new Error(`bot exited: ${bot.output().slice(-500)}`);
    if (Date.now() > deadline)
      throw new Error(`no "${message}" within ${timeoutMs} ms: ${bot.output().slice(-500)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Ends every bot still running: SIGTERM, then SIGKILL for any that has not left after `graceMs`. */
export async function stopBots(bots: readonly BotProcess[], graceMs = 15_000): Promise<void> {
  for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  }, graceMs);
  await Promise.all(bots.map((bot) => bot.exited));
  clearTimeout(timer);
}

export interface BotEnvOptions {
  discord: FakeDiscord;
  slack: FakeSlack;
  databaseUrl: string;
  schema: string;
  /** Each process's own DATA_DIR. */
  dataDir: string;
  jobTimeoutSeconds?: number;
  /**
   * Slack's workspace pace (SLACK_POSTS_PER_SECOND), set to what the fake enforces as an operator
   * sets it to their workspace's limit; the bot's default when unset.
   */
  slackPostsPerSecond?: number;
  /** Shared pacing and replay checks; none when unset. */
  redis?: { url: string; prefix: string };
}

/**
 * The environment of one bot connected to both fakes (Slack in HTTP mode on a port of its own,
 * read back from its log), on one PostgreSQL schema. Tokens are made up for each run.
 */
export function botEnv(options: BotEnvOptions, tokens = freshTokens()): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: tokens.discord,
    DISCORD_API_URL: options.discord.apiUrl,
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: '',
    SLACK_BOT_TOKEN: tokens.slack,
    SLACK_SIGNING_SECRET: tokens.signingSecret,
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: options.slack.apiUrl,
    PORT: '0',
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: options.schema,
    DIGEST_JOB_TIMEOUT_SECONDS: String(options.jobTimeoutSeconds ?? 120),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ...(options.slackPostsPerSecond === undefined
      ? {}
      : { SLACK_POSTS_PER_SECOND: String(options.slackPostsPerSecond) }),
    ...(options.redis
      ? { REDIS_URL: options.redis.url, REDIS_PREFIX: options.redis.prefix }
      : { REDIS_URL: '' }),
  };
}

/** Tokens for one run; the Slack signing secret is what a load generator signs with. */
export function freshTokens() {
  return {
    discord: `MTEwMDAwMDAwMDAwMDAwMDAwMQ.inst.${randomBytes(24).toString('base64url')}`,
    slack: `xoxb-inst-${randomBytes(16).toString('hex')}`,
    signingSecret: randomBytes(16).toString('hex'),
  };
}

/**
 * Creates digests all due in one minute (the current one unless `dueAt` says another), one
 * channel each: `discord` on Discord and `slack` on Slack, interleaved. Created a minute before
 * they fall due, so a process starting after the minute has turned catches the run up instead of
 * waiting a day.
 */
export async function seedDueDigests(
  databaseUrl: string,
  schema: string,
  counts: { discord: number; slack: number },
  dueAt?: Date,
): Promise<void> {
  const store = createPostgresSubscriptionStore(
    await openPostgres({ url: databaseUrl, schema, shownAs: 'bench', onIdleError: () => {} }),
  );
  try {
    const due = dueAt ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const cron = `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
    const wanted = Array.from({ length: Math.max(counts.discord, counts.slack) }, (_, i) => [
      ...(i < counts.discord ? [['discord', discordChannel(i)] as const] : []),
      ...(i < counts.slack ? [['slack', slackChannel(i)] as const] : []),
    ]).flat();
    for (const [platform, channelId] of wanted)
      await store.createSubscription({
        platform,
        channelId,
        isDirect: false,
        createdBy: 'bench',
        topics: [],
        cron,
        timezone: 'UTC',
        description: 'once a day (UTC)',
        notifyEmpty: true,
        createdAt: new Date(due.getTime() - 60_000),
      });
  } finally {
    await store.close();
  }
}

/** Digest messages per channel on both fakes (Discord's created messages; Slack's posts). */
export function postsPerChannel(discord: FakeDiscord, slack: FakeSlack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of discord.created as { channel_id?: string; nonce?: unknown }[]) {
    if (!String(message.nonce).startsWith('digest-')) continue;
    const key = `discord:${message.channel_id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [channel, messages] of slack.posted) {
    const digests = messages.filter((m) => m.metadata !== undefined).length;
    if (digests > 0) counts.set(`slack:${channel}`, digests);
  }
  return counts;
}

/** Drops a run's schema and the job queue's schema beside it. */
export async function dropSchemas(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Deletes every Redis key a run wrote under its prefix; returns how many there were. */
export async function clearRedisPrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2000 });
  try {
    let deleted = 0;
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
      const batch = keys as string[];
      if (batch.length > 0) deleted += await redis.del(...batch);
    }
    return deleted;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

/** A schema name and a Redis prefix no other run uses. */
export function freshNames(label: string) {
  const id = randomBytes(4).toString('hex');
  return { schema: `${label}_${id}`, redisPrefix: `briefbot-${label}-${id}:` };
}

/** The DATA_DIR of the i-th process under a run's work folder. */
export const dataDirOf = (work: string, i: number) => join(work, `data-${i}`);
