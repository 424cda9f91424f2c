import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type FakeDiscord, startFakeDiscord } from '../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/fake-slack.ts';
import { createPostgresSubscriptionStore, openPostgres } from '../src/digests/pg-store.ts';

/** One run: N bot processes on one PostgreSQL schema, one of them killed during the fan-out. */
export interface InstancesRun {
  subscriptions: number;
  processes: number;
  /** How long each platform post takes, so that the fan-out lasts long enough to be cut. */
  postDelayMs: number;
  /** DIGEST_JOB_TIMEOUT_SECONDS for the processes. */
  jobTimeoutSeconds: number;
  /** Gives up waiting for the last post after this long. */
  timeoutMs: number;
  /** Kill the busiest process after a quarter of the posts (the default); false for a baseline. */
  kill?: boolean;
  databaseUrl?: string;
  progress?: (line: string) => void;
}

export interface InstancesResult {
  due: number;
  /** Subscriptions whose channel got no digest. */
  lost: number;
  /** Digest messages beyond one per channel. */
  duplicated: number;
  postedBeforeKill: number;
  /** Runs the surviving processes took over from a claim the killed one left open. */
  takenOver: number;
  /** Posts made by the processes after the kill, in all. */
  postedAfterKill: number;
  /** From the first post to the last. */
  fanOutMs: number;
  /** From the kill to the last post. */
  afterKillMs: number;
  timedOut: boolean;
  /** Digests each process delivered (by its log), the killed one included. */
  byProcess: number[];
  /** Which of them was killed. */
  killed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const discordChannel = (i: number) => String(1_600_000_000_000_000_001n + BigInt(i));

/** Digest messages per channel on both fakes (Discord's created messages; Slack's posts). */
function postsPerChannel(discord: FakeDiscord, slack: FakeSlack): Map<string, number> {
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

const delivered = (bot: { output(): string }) =>
  bot.output().split('"msg":"digest delivered"').length - 1;

const count = (bot: { output(): string }, message: string) =>
  bot.output().split(`"msg":"${message}"`).length - 1;
const holding = (bot: { output(): string }) =>
  count(bot, 'digest run claimed') - count(bot, 'digest delivered');

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The bot as `npm start` runs it (node with tsx, no npm in between, so SIGKILL reaches it). */
function startBot(env: NodeJS.ProcessEnv) {
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

/**
 * Creates `subscriptions` digests (half on Discord, half on Slack, one channel each) all due in
 * the current minute, starts `processes` bots on one PostgreSQL schema with the fake Discord and
 * Slack, kills the first bot with SIGKILL once a quarter of the digests are posted, and waits for
 * the rest. Each due run reaches the shared queue as the processes start (a run that fell due
 * minutes ago is caught up), so no test waits for a wall-clock minute.
 */
export async function runInstancesFanout(run: InstancesRun): Promise<InstancesResult> {
  const say = run.progress ?? (() => {});
  const url = run.databaseUrl ?? DEFAULT_URL;
  const schema = `inst_${randomBytes(4).toString('hex')}`;
  const work = mkdtempSync(join(tmpdir(), 'briefbot-instances-'));
  const discord = await startFakeDiscord();
  const slack = await startFakeSlack();
  const bots: ReturnType<typeof startBot>[] = [];
  try {
    const store = createPostgresSubscriptionStore(
      await openPostgres({ url, schema, shownAs: 'bench', onIdleError: () => {} }),
    );
    const due = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const cron = `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
    for (let i = 0; i < run.subscriptions; i++) {
      const onDiscord = i % 2 === 0;
      await store.createSubscription({
        platform: onDiscord ? 'discord' : 'slack',
        channelId: onDiscord ? discordChannel(i) : `CINST${i}`,
        isDirect: false,
        createdBy: 'bench',
        topics: [],
        cron,
        timezone: 'UTC',
        description: 'once a day (UTC)',
        notifyEmpty: true,
        createdAt: new Date(due.getTime() - 60_000),
      });
    }
    await store.close();
    const undo = [
      discord.slowDown('POST', /^\/api\/v10\/channels\/\d+\/messages$/, run.postDelayMs),
      slack.slowDown('chat.postMessage', run.postDelayMs),
    ];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DISCORD_TOKEN: `MTEwMDAwMDAwMDAwMDAwMDAwMQ.inst.${randomBytes(24).toString('base64url')}`,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      SLACK_BOT_TOKEN: `xoxb-inst-${randomBytes(16).toString('hex')}`,
      SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DATA_DIR: join(work, 'data'),
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      DIGEST_JOB_TIMEOUT_SECONDS: String(run.jobTimeoutSeconds),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    };
    for (let i = 0; i < run.processes; i++) bots.push(startBot(env));
    say(`${run.processes} processes started; ${run.subscriptions} digests due`);

    const started = Date.now();
    const quarter = Math.ceil(run.subscriptions / 4);
    let firstPost: number | undefined;
    while (total(postsPerChannel(discord, slack)) < quarter) {
      if (Date.now() - started > run.timeoutMs) throw new Error('no quarter of the posts came');
      if (firstPost === undefined && total(postsPerChannel(discord, slack)) > 0)
        firstPost = Date.now();
      await sleep(5);
    }
    firstPost ??= Date.now();
    // The process holding the most claimed, unfinished runs: the one whose death tests recovery.
    const victim =
      run.kill === false ? undefined : [...bots].sort((a, b) => holding(b) - holding(a))[0];
    victim?.child.kill('SIGKILL');
    const killedAt = Date.now();
    const postedBeforeKill = total(postsPerChannel(discord, slack));
    await victim?.exited;
    if (victim) say(`killed one process after ${postedBeforeKill} posts`);

    let timedOut = false;
    let lastPost = killedAt;
    let seen = postedBeforeKill;
    while (postsPerChannel(discord, slack).size < run.subscriptions) {
      if (Date.now() - killedAt > run.timeoutMs) {
        timedOut = true;
        break;
      }
      const now = total(postsPerChannel(discord, slack));
      if (now !== seen) {
        seen = now;
        lastPost = Date.now();
      }
      await sleep(20);
    }
    lastPost = Math.max(lastPost, Date.now());
    // Late duplicates, if any, would come from a retried job: give them a moment to show.
    await sleep(1_500);
    for (const stop of undo) stop();
    const counts = postsPerChannel(discord, slack);
    const survivors = bots.filter((bot) => bot !== victim);
    const byProcess = bots.map(delivered);
    for (const bot of survivors) bot.child.kill('SIGTERM');
    await Promise.all(survivors.map((bot) => bot.exited));
    const takenOver = survivors
      .map((bot) => bot.output().split('"msg":"finishing a claimed run"').length - 1)
      .reduce((a, b) => a + b, 0);
    return {
      due: run.subscriptions,
      lost: run.subscriptions - counts.size,
      duplicated: total(counts) - counts.size,
      postedBeforeKill,
      takenOver,
      postedAfterKill: total(counts) - postedBeforeKill,
      fanOutMs: lastPost - firstPost,
      afterKillMs: lastPost - killedAt,
      timedOut,
      byProcess,
      killed: victim ? bots.indexOf(victim) : -1,
    };
  } finally {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await Promise.all(bots.map((bot) => bot.exited));
    await discord.close();
    await slack.close();
    rmSync(work, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
    await client.end();
  }
}
