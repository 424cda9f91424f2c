import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { type BotProcess, type Exit, startBotProcess } from './bot-process.ts';

/** Where several processes share their state: a schema of this database, keys of this Redis. */
export const SHARED_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const SHARED_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * How long a process may hold a digest job before another takes it over. Well above the longest
 * post the faults cause (2.5 s slow answers, a 1 s Retry-After, five 5xx in a row with backoff),
 * and short enough that a killed process's digests go out within the run.
 */
const JOB_TIMEOUT_SECONDS = 20;

/** One process slot: its port and environment stay; the process in it changes on each restart. */
export interface Slot {
  index: number;
  port: number;
  env: NodeJS.ProcessEnv;
  bot: BotProcess;
}

/** A SIGKILL the soak sent to one process, and how its restart went. */
export interface KillEvent {
  slot: number;
  pid: number;
  /** When it was sent (ms since the epoch). */
  at: number;
  /** How long the slot stayed empty before the new process was spawned, as a service manager waits. */
  downMs: number;
  /** From spawning the new process to its "briefbot is running". */
  restartMs: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Starts `count` bot processes. With one, as the soak always has: SQLite in its DATA_DIR. With
 * more, as a deployment of several would run: one fresh PostgreSQL schema and one Redis prefix
 * for all of them, and the Discord shards split between them (process i runs shard i of
 * `count`), since two processes running the same shard would each receive, and answer, every
 * event of it. Each process has its own PORT (a balancer spreads Slack's requests over them) and
 * DATA_DIR. A process that exits on its own is restarted and its exit counted as a crash.
 */
export async function startCluster(options: {
  count: number;
  env: NodeJS.ProcessEnv;
  work: string;
  logFile: string;
  nodeArgs: string[];
  log: (line: string) => void;
}) {
  const { count, work, logFile, log } = options;
  const id = randomBytes(4).toString('hex');
  const shared =
    count > 1
      ? {
          DATABASE_URL: SHARED_DATABASE_URL,
          DATABASE_SCHEMA: `soak_${id}`,
          REDIS_URL: SHARED_REDIS_URL,
          REDIS_PREFIX: `briefbot-soak-${id}:`,
          DIGEST_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
        }
      : {};
  const slots: Slot[] = [];
  const exits: (Exit & { pid: number; slot: number })[] = [];
  const kills: KillEvent[] = [];
  let finished = false;

  const launch = (env: NodeJS.ProcessEnv) =>
    startBotProcess(env, logFile, { nodeArgs: options.nodeArgs });
  function supervise(slot: Slot, bot: BotProcess): BotProcess {
    slot.bot = bot;
    void bot.exited.then(async (exit) => {
      exits.push({ ...exit, pid: bot.pid, slot: slot.index });
      if (exit.expected || finished) return;
      log(
        `process ${slot.index} exited unexpectedly (${exit.signal ?? `code ${exit.code}`}); restarting it`,
      );
      supervise(slot, await launch(slot.env));
    });
    return bot;
  }

  const envs: NodeJS.ProcessEnv[] = [];
  for (let index = 0; index < count; index++) {
    const port = await freePort();
    envs.push({
      ...options.env,
      ...shared,
      PORT: String(port),
      DATA_DIR: join(work, count > 1 ? `data-${index}` : 'data'),
      ...(count > 1 ? { DISCORD_SHARDS: `${count}:${index}` } : {}),
    });
  }
  // Started one after the other: the first applies the migrations, the others find them done.
  for (const [index, env] of envs.entries()) {
    const slot = { index, port: Number(env.PORT), env } as Slot;
    supervise(slot, await launch(env));
    slots.push(slot);
    log(
      `process ${index} started in ${slot.bot.startMs} ms (pid ${slot.bot.pid}, port ${slot.port})`,
    );
  }

  /** SIGKILLs the process in `index`, waits `downMs`, and starts a new one there. */
  async function killOne(index: number, downMs: number): Promise<KillEvent> {
    const slot = slots[index] as Slot;
    const pid = slot.bot.pid;
    const at = Date.now();
    slot.bot.signal('SIGKILL');
    await slot.bot.exited;
    await sleep(downMs - (Date.now() - at));
    const spawned = Date.now();
    const bot = supervise(slot, await launch(slot.env));
    const event = {
      slot: index,
      pid,
      at,
      downMs,
      restartMs: bot.startMs || Date.now() - spawned,
    };
    kills.push(event);
    return event;
  }
  let killing: Promise<unknown> = Promise.resolve();

  return {
    slots,
    exits,
    kills,
    shared,
    urls: slots.map((slot) => `http://127.0.0.1:${slot.port}/slack/events`),
    /** Starts a new process in a slot whose process the soak killed. */
    restart: async (index: number) => {
      const slot = slots[index] as Slot;
      return supervise(slot, await launch(slot.env));
    },
    /** SIGKILLs the process in `index`, waits `downMs`, and starts a new one, as a service manager would. */
    killAndRestart(index: number, downMs: number): Promise<KillEvent> {
      // One kill at a time: two at once could pick the same slot and start two processes in it.
      const next = killing.then(() => killOne(index, downMs));
      killing = next.catch(() => undefined);
      return next;
    },
    /** Stops every process with SIGTERM; the exits that were not clean are returned. */
    async stop(): Promise<Exit[]> {
      finished = true;
      for (const slot of slots) slot.bot.signal('SIGTERM');
      return Promise.all(slots.map((slot) => slot.bot.exited));
    },
    /** SIGKILLs every process and drops what they shared: after the soak itself failed. */
    async abort(): Promise<void> {
      finished = true;
      for (const slot of slots) slot.bot.signal('SIGKILL');
      await Promise.all(slots.map((slot) => slot.bot.exited));
      await this.dropShared();
    },
    /** Drops the schema and the job queue's schema, and deletes the Redis keys of this run. */
    async dropShared(): Promise<{ schemas: number; redisKeys: number }> {
      if (shared.DATABASE_SCHEMA === undefined) return { schemas: 0, redisKeys: 0 };
      const client = new pg.Client({ connectionString: SHARED_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${shared.DATABASE_SCHEMA}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${shared.DATABASE_SCHEMA}_jobs" CASCADE`);
      const left = await client.query(
        'SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name LIKE $1',
        [`${shared.DATABASE_SCHEMA}%`],
      );
      await client.end();
      const redis = new Redis(SHARED_REDIS_URL);
      let redisKeys = 0;
      for await (const keys of redis.scanStream({ match: `*${id}*`, count: 500 })) {
        if ((keys as string[]).length > 0) redisKeys += await redis.del(...(keys as string[]));
      }
      await redis.quit();
      return { schemas: (left.rows[0] as { n: number }).n, redisKeys };
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

/**
 * Every `everyMs` (give or take a fifth), SIGKILLs a process chosen at random and restarts it
 * `downMs` later, until stopped. One at a time: a balancer always has another process to try.
 */
export function killAtRandom(
  cluster: Cluster,
  everyMs: number,
  downMs: number,
  log: (line: string) => void,
) {
  let stopped = false;
  let wake: () => void = () => {};
  const running = (async () => {
    for (;;) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, everyMs * (0.8 + Math.random() * 0.4));
      });
      if (stopped) return;
      const index = Math.floor(Math.random() * cluster.slots.length);
      const kill = await cluster.killAndRestart(index, downMs);
      log(
        `SIGKILL to process ${index} (pid ${kill.pid}); restarted after ${Math.round(kill.downMs / 1000)} s, running in ${kill.restartMs} ms`,
      );
    }
  })();
  return {
    async stop(): Promise<void> {
      stopped = true;
      wake();
      await running;
    },
  };
}
