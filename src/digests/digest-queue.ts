import { createHash } from 'node:crypto';
import type { Subscription } from './subscription-store.ts';

/** One scheduled run of one subscription, as a worker receives it from the queue. */
export interface QueuedRun {
  /** The queue it came from: each platform's runs have delivery slots of their own. */
  platform: Platform;
  subscriptionId: number;
  scheduledFor: Date;
  /** 1 for the first attempt; a run whose worker died comes back with the next number. */
  attempt: number;
  /** No attempt follows this one: a failure now is final. */
  lastAttempt: boolean;
}

/** How a worker finished with a run: done (whatever the outcome), or to be tried again later. */
export type RunResult = 'done' | { retry: Error };

/**
 * Due digest runs shared by every process. Any process may hand a run in (each has the schedule);
 * the same run handed in by several is one job, and one worker somewhere takes it. A worker that
 * dies holding a job loses it after `expireSeconds`, and the engine gives it to another.
 */
export interface DigestQueue {
  enqueue(platform: Platform, subscriptionId: number, scheduledFor: Date): Promise<void>;
  /** Takes runs for these platforms only: a process posts only where it is connected. */
  work(
    platforms: readonly Platform[],
    handle: (run: QueuedRun) => Promise<RunResult>,
  ): Promise<void>;
  /** Jobs waiting, retrying or under way, across every process (for metrics). */
  depth(): Promise<number>;
  /** Stops taking jobs and waits (up to `waitMs`) for those under way. */
  stop(waitMs?: number): Promise<void>;
}

/** The engine's timings; the defaults suit production, tests shorten them. */
export interface QueueTiming {
  /** How long a worker may hold a job before it counts as dead and the job is retried. */
  expireSeconds: number;
  /** How often one of the processes looks for expired jobs (pg-boss maintenance). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for jobs. */
  pollingSeconds: number;
  /** Attempts after the first; a dead worker's job uses one up too. */
  retries: number;
  /** The wait before the first retry; it doubles after each one. */
  retryDelaySeconds: number;
  /** Jobs each process takes at once. */
  batchSize: number;
}

export const defaultQueueTiming: QueueTiming = {
  // An attempt is one post (seconds at most, a few rate-limit waits included); two minutes of
  // silence means the worker is gone, not slow.
  expireSeconds: 120,
  maintenanceSeconds: 15,
  // An idle process asks once a second per platform: two cheap indexed queries a second, and a
  // run handed in by another process waits at most a second to be taken (this process's own
  // workers are told at once). (pg-boss allows 0.5 s at the least.)
  pollingSeconds: 1,
  retries: 5,
  retryDelaySeconds: 5,
  // A worker takes its next batch only when every job of the last one has finished; after a
  // batch that was not full it waits out the rest of the polling second first. 50 is Discord's
  // whole global limit (Slack's pace is lower), so a single process keeps up with the fastest
  // pace a platform allows, and a fan-out taken by several processes is spread among them batch
  // by batch. The jobs wait their turn for the scheduler's delivery
  // slots and its pacing; pg-boss times a whole batch out together, and at 10 posts a second
  // (Slack's pace in a large workspace) three processes' batches are through in about 15 s, far
  // inside `expireSeconds`.
  batchSize: 50,
};

/**
 * How long runs handed in are gathered into one insert, and how many at most: a due minute's
 * runs are handed in over a few milliseconds (each after reading its subscription), and 10 ms is
 * nothing next to the polling second a run could otherwise wait.
 */
const ENQUEUE_GATHER_MS = 10;
const ENQUEUE_BATCH = 500;

type Platform = Subscription['platform'];
const PLATFORMS: readonly Platform[] = ['discord', 'slack', 'console'];

/**
 * One queue per platform, so that a process connected to Slack only (or Discord only, as when
 * shards are split between processes) never takes a run it cannot post, which would spend a
 * retry each time.
 */
const queueOf = (platform: Platform) => `digest-run-${platform}`;

interface RunData {
  subscriptionId: number;
  scheduledFor: string;
}

/**
 * The queue's timing for a job timeout (DIGEST_JOB_TIMEOUT_SECONDS). A stopped process's jobs are
 * looked for four times per timeout, so one is taken over within about 1.25 timeouts of its last
 * sign of life. The engine times a whole batch out together, so a batch must be through well
 * inside the timeout, or a job still waiting its turn in a live process expires and a second
 * process takes it too (a duplicate post): four jobs per second of timeout, at most the usual
 * 50. The default two minutes keep 50; a 4-second timeout takes 16 at a time, one round of the
 * delivery slots.
 */
export function queueTimingFor(timeoutSeconds: number): Partial<QueueTiming> {
  return {
    expireSeconds: timeoutSeconds,
    maintenanceSeconds: Math.max(1, Math.min(15, Math.floor(timeoutSeconds / 4))),
    batchSize: Math.max(1, Math.min(defaultQueueTiming.batchSize, timeoutSeconds * 4)),
  };
}

/**
 * The job id of a run: the same (subscription, minute) gives the same id in every process, so
 * the engine's `ON CONFLICT DO NOTHING` on its key keeps one job however many processes hand the
 * run in. A name-based UUID (SHA-1, as UUID v5 is) rather than a library for one hash.
 */
export function runJobId(subscriptionId: number, scheduledFor: Date): string {
  const hex = createHash('sha1')
    .update(`briefbot-digest-run:${subscriptionId}:${scheduledFor.toISOString()}`)
    .digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** Runs `work` while holding a PostgreSQL advisory lock, on a connection of its own. */
async function oneAtATime(url: string, key: string, work: () => Promise<void>): Promise<void> {
  // Loaded on first use, as in pg-store.ts: a bot without DATABASE_URL never loads the driver.
  const { Client } = (await import('pg')).default;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await work();
  } finally {
    // Ending the session releases the lock, also when the unlock is never reached.
    await client.end();
  }
}

/**
 * The digest queue on pg-boss, in its own schema of the same PostgreSQL database. pg-boss
 * creates and migrates that schema at start under its own advisory lock.
 */
export async function startPgBossQueue(options: {
  url: string;
  schema: string;
  timing?: Partial<QueueTiming>;
  /** Told of the engine's errors (a lost connection); must not throw. */
  onError: (error: Error) => void;
}): Promise<DigestQueue> {
  const timing = { ...defaultQueueTiming, ...options.timing };
  // Loaded on first use too: a bot without DATABASE_URL runs digests on its own timers.
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema,
    max: 4,
    // Schedules stay with each process's run timers (see docs/digests.md on clock changes); the
    // engine only runs jobs.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: timing.maintenanceSeconds,
  });
  boss.on('error', options.onError);
  const queue = {
    policy: 'standard' as const,
    retryLimit: timing.retries,
    retryDelay: timing.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: timing.expireSeconds,
  };
  // pg-boss 10 creates a queue's partition in a transaction that deadlocks with another process
  // creating the same queue at the same moment, so processes starting together take turns.
  await oneAtATime(options.url, `briefbot-queue:${options.schema}`, async () => {
    await boss.start();
    for (const platform of PLATFORMS) {
      const name = queueOf(platform);
      if ((await boss.getQueue(name)) === null) await boss.createQueue(name, { name, ...queue });
    }
  });

  const gathered: {
    job: { id: string; name: string; data: RunData };
    resolve(): void;
    reject(error: unknown): void;
  }[] = [];
  let gatherTimer: NodeJS.Timeout | undefined;
  /** This process's workers by queue, to be told of runs it hands in. */
  const workers = new Map<string, string[]>();

  return {
    enqueue(platform, subscriptionId, scheduledFor) {
      const data: RunData = { subscriptionId, scheduledFor: scheduledFor.toISOString() };
      return handIn({ id: runJobId(subscriptionId, scheduledFor), name: queueOf(platform), data });
    },
    async work(platforms, handle) {
      for (const platform of platforms) await workOn(platform, handle);
    },
    async depth() {
      const sizes = await Promise.all(
        PLATFORMS.map((platform) => boss.getQueueSize(queueOf(platform), { before: 'completed' })),
      );
      return sizes.reduce((a, b) => a + b, 0);
    },
    async stop(waitMs = 10_000) {
      // Runs still being gathered go in first: a run handed in is never dropped by stopping.
      await flush();
      await boss.stop({ graceful: true, wait: true, timeout: Math.max(1, waitMs) });
    },
  };

  /**
   * Runs handed in together go to the engine in one statement: at a busy minute every process
   * hands in every due run (each has the schedule), and a thousand single inserts per process took
   * seconds, while the workers waited for jobs. pg-boss's `insert` takes many jobs at once with
   * the same `ON CONFLICT DO NOTHING` on the id, and the queue's own retry and expiry settings.
   * This process's workers are then told at once rather than at their next poll.
   */
  function handIn(job: { id: string; name: string; data: RunData }): Promise<void> {
    return new Promise((resolve, reject) => {
      gathered.push({ job, resolve, reject });
      if (gathered.length >= ENQUEUE_BATCH) void flush();
      else gatherTimer ??= setTimeout(() => void flush(), ENQUEUE_GATHER_MS);
    });
  }

  async function flush(): Promise<void> {
    if (gatherTimer) clearTimeout(gatherTimer);
    gatherTimer = undefined;
    const batch = gathered.splice(0);
    if (batch.length === 0) return;
    try {
      await boss.insert(batch.map(({ job }) => job));
      for (const { resolve } of batch) resolve();
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    for (const name of new Set(batch.map(({ job }) => job.name)))
      for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  }

  async function workOn(platform: Platform, handle: (run: QueuedRun) => Promise<RunResult>) {
    const name = queueOf(platform);
    let id: string | undefined;
    id = await boss.work<RunData>(
      name,
      {
        batchSize: timing.batchSize,
        includeMetadata: true,
        pollingIntervalSeconds: timing.pollingSeconds,
      },
      async (jobs) => {
        // A full batch means more are likely waiting: look again as soon as this one is done,
        // not a polling interval later (a fan-out's backlog drains batch after batch).
        if (jobs.length >= timing.batchSize && id !== undefined) boss.notifyWorker(id);
        // Each job is settled on its own: a batch that threw would fail every job in it.
        await Promise.all(
          jobs.map(async (job) => {
            let result: RunResult;
            try {
              result = await handle({
                platform,
                subscriptionId: job.data.subscriptionId,
                scheduledFor: new Date(job.data.scheduledFor),
                attempt: job.retryCount + 1,
                lastAttempt: job.retryCount >= job.retryLimit,
              });
            } catch (error) {
              result = { retry: error instanceof Error ? error : new Error(String(error)) };
            }
            if (result !== 'done') await boss.fail(name, job.id, { message: result.retry.message });
          }),
        );
      },
    );
    workers.set(name, [...(workers.get(name) ?? []), id]);
  }
}
