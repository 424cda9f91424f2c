import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import { startFakeSlack } from '../fakes/fake-slack.ts';
import {
  type BotProcess,
  botEnv,
  countLogged,
  DEFAULT_DATABASE_URL,
  dropSchemas,
  freshNames,
  postsPerChannel,
  seedDueDigests,
  startBot,
} from './bot-processes.ts';

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
  /**
   * Runs the killed process had claimed and left unfinished, counted once it is dead: a process
   * posts a batch at once, so it can finish every claim counted just before the kill in the
   * moment before the signal lands, and leave nothing to take over.
   */
  heldAtKill: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const delivered = (bot: BotProcess) => countLogged(bot, 'digest delivered');

/** The delivery ids a process logged as claimed by itself. */
const claimedBy = (bot: BotProcess): Set<number> => {
  const ids = new Set<number>();
  for (const line of bot.output().split('\n')) {
    if (!line.includes('"msg":"digest run claimed"')) continue;
    const id = /"delivery":(\d+)/.exec(line)?.[1];
    if (id !== undefined) ids.add(Number(id));
  }
  return ids;
};

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The deliveries still claimed and unfinished, by the database, which is never behind. */
async function openClaims(db: pg.Client, schema: string): Promise<Set<number>> {
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM "${schema}".deliveries WHERE status = 'claimed'`,
  );
  return new Set(rows.map((row) => Number(row.id)));
}

/**
 * The process holding the most claimed, unfinished runs: its claims come from its log, and
 * whether each is still open from the database. A log read alone misleads on a busy machine,
 * where a process's "delivered" lines can trail its work or its claims can all be settled by the
 * time they are counted. So this waits, up to `patienceMs`, for a process that holds two or more,
 * after a second takes one holding any, and after `patienceMs` gives back the best it saw (holding
 * none, if none held any: the test then fails on `takenOver`, saying so).
 */
async function heaviestHolder(
  bots: BotProcess[],
  db: pg.Client,
  schema: string,
  patienceMs = 4_000,
): Promise<{ bot: BotProcess; holding: number } | undefined> {
  const started = Date.now();
  let best: { bot: BotProcess; holding: number } | undefined;
  while (Date.now() - started < patienceMs) {
    const open = await openClaims(db, schema);
    best = undefined;
    for (const bot of bots) {
      const holding = [...claimedBy(bot)].filter((id) => open.has(id)).length;
      if (best === undefined || holding > best.holding) best = { bot, holding };
    }
    if (best && (best.holding >= 2 || (best.holding >= 1 && Date.now() - started > 1_000)))
      return best;
    await sleep(10);
  }
  return best;
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
  const url = run.databaseUrl ?? DEFAULT_DATABASE_URL;
  const { schema } = freshNames('inst');
  const work = mkdtempSync(join(tmpdir(), 'briefbot-instances-'));
  const discord = await startFakeDiscord();
  const slack = await startFakeSlack();
  const bots: BotProcess[] = [];
  const db = new pg.Client({ connectionString: url });
  try {
    await db.connect();
    const half = Math.ceil(run.subscriptions / 2);
    await seedDueDigests(url, schema, { discord: half, slack: run.subscriptions - half });
    const undo = [
      discord.slowDown('POST', /^\/api\/v10\/channels\/\d+\/messages$/, run.postDelayMs),
      slack.slowDown('chat.postMessage', run.postDelayMs),
    ];
    const env = botEnv({
      discord,
      slack,
      databaseUrl: url,
      schema,
      dataDir: join(work, 'data'),
      jobTimeoutSeconds: run.jobTimeoutSeconds,
    });
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
    const chosen = run.kill === false ? undefined : await heaviestHolder(bots, db, schema);
    const victim = chosen?.bot;
    victim?.child.kill('SIGKILL');
    const killedAt = Date.now();
    const postedBeforeKill = total(postsPerChannel(discord, slack));
    await victim?.exited;
    const left = await openClaims(db, schema);
    const heldAtKill = victim ? [...claimedBy(victim)].filter((id) => left.has(id)).length : 0;
    if (victim)
      say(`killed one process after ${postedBeforeKill} posts, leaving ${heldAtKill} runs claimed`);

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
      .map((bot) => countLogged(bot, 'finishing a claimed run'))
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
      heldAtKill,
    };
  } finally {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await Promise.all(bots.map((bot) => bot.exited));
    await db.end();
    await discord.close();
    await slack.close();
    rmSync(work, { recursive: true, force: true });
    await dropSchemas(url, schema);
  }
}
