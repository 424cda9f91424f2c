import { afterAll, describe, expect, it } from 'vitest';
import {
  type DigestQueue,
  type QueuedRun,
  queueTimingFor,
  runJobId,
  startPgBossQueue,
} from '../../src/digests/digest-queue.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';
import { until } from '../helpers/until.ts';

/** The engine polls once a second: give its worker a few polls. */
const QUEUE_WAIT = { stepMs: 50, timeoutMs: 15_000 };

const schemas = testSchemas('digest-queue');
const queues: DigestQueue[] = [];
afterAll(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.stop(1_000)));
  await schemas.dropAll();
});

const slot = new Date('2026-11-28T08:00:00Z');

async function start(schema: string, retryDelaySeconds = 1): Promise<DigestQueue> {
  const queue = await startPgBossQueue({
    url: TEST_DATABASE_URL,
    schema: `${schema}_jobs`,
    timing: { pollingSeconds: 0.5, retries: 2, retryDelaySeconds, expireSeconds: 30 },
    onError: () => {},
  });
  queues.push(queue);
  return queue;
}

describe('the digest queue (pg-boss)', () => {
  it('names a run the same in every process, and differently for another minute or digest', () => {
    expect(runJobId(7, slot)).toBe(runJobId(7, new Date(slot.getTime())));
    expect(runJobId(7, slot)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(runJobId(7, new Date(slot.getTime() + 60_000))).not.toBe(runJobId(7, slot));
    expect(runJobId(8, slot)).not.toBe(runJobId(7, slot));
  });

  it('keeps one job for a run handed in by three processes starting together', async () => {
    const schema = schemas.next();
    const [a, b, c] = await Promise.all([start(schema), start(schema), start(schema)]);
    if (!a || !b || !c) throw new Error('queues did not start');
    await Promise.all([
      a.enqueue('discord', 1, slot),
      b.enqueue('discord', 1, slot),
      c.enqueue('discord', 1, slot),
    ]);
    await b.enqueue('discord', 2, slot);
    expect(await a.depth()).toBe(2);

    const seen: QueuedRun[] = [];
    const handle = async (run: QueuedRun) => {
      seen.push(run);
      return 'done' as const;
    };
    await Promise.all([
      a.work(['discord'], handle),
      b.work(['discord'], handle),
      c.work(['discord'], handle),
    ]);
    await until(() => seen.length >= 2, QUEUE_WAIT);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(seen.map((run) => run.subscriptionId).sort()).toEqual([1, 2]);
    expect(seen[0]).toMatchObject({ attempt: 1, lastAttempt: false });
    expect(seen[0]?.scheduledFor.toISOString()).toBe(slot.toISOString());
    // Done jobs leave the depth that operators see.
    const metrics = createMetrics();
    metrics.queueDepth(() => a.depth());
    expect(await metrics.registry.getSingleMetricAsString('briefbot_digest_queue_depth')).toContain(
      'briefbot_digest_queue_depth 0',
    );
  });

  it('takes a due minute’s runs in one statement and tells its own worker at once', async () => {
    const schema = schemas.next();
    // A worker that would otherwise look for jobs only every 20 s.
    const queue = await startPgBossQueue({
      url: TEST_DATABASE_URL,
      schema: `${schema}_jobs`,
      timing: { pollingSeconds: 20 },
      onError: () => {},
    });
    queues.push(queue);
    const seen: number[] = [];
    await queue.work(['slack'], async (run) => {
      seen.push(run.subscriptionId);
      return 'done';
    });
    // Its first look found nothing; 120 runs handed in together, some of them twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ids = Array.from({ length: 120 }, (_, i) => i + 1);
    await Promise.all([...ids, 1, 2, 3].map((id) => queue.enqueue('slack', id, slot)));
    await until(() => seen.length >= 120, { stepMs: 50, timeoutMs: 10_000 });
    expect([...new Set(seen)].length).toBe(120);
    expect(seen.length).toBe(120);
  });

  it('gives a failed run back with the next attempt number, and says which is the last', async () => {
    const schema = schemas.next();
    const queue = await start(schema);
    await queue.enqueue('discord', 3, slot);
    const attempts: QueuedRun[] = [];
    await queue.work(['discord'], async (run) => {
      attempts.push(run);
      return run.lastAttempt ? 'done' : { retry: new Error('HTTP 503') };
    });
    await until(() => attempts.length >= 3, QUEUE_WAIT);
    expect(attempts.map((run) => [run.attempt, run.lastAttempt])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('gives a process runs only for the platforms it is connected to', async () => {
    const schema = schemas.next();
    const [slackOnly, discordOnly] = await Promise.all([start(schema), start(schema)]);
    if (!slackOnly || !discordOnly) throw new Error('queues did not start');
    await slackOnly.enqueue('discord', 4, slot);
    await slackOnly.enqueue('slack', 5, slot);
    const bySlack: number[] = [];
    const byDiscord: number[] = [];
    await slackOnly.work(['slack'], async (run) => {
      bySlack.push(run.subscriptionId);
      return 'done';
    });
    await discordOnly.work(['discord'], async (run) => {
      byDiscord.push(run.subscriptionId);
      return 'done';
    });
    await until(() => bySlack.length + byDiscord.length >= 2, QUEUE_WAIT);
    expect({ bySlack, byDiscord }).toEqual({ bySlack: [5], byDiscord: [4] });
  });
});

describe('the queue timing for a job timeout', () => {
  it('takes batches that are through well inside the timeout, at most 50', () => {
    expect(queueTimingFor(120)).toEqual({
      expireSeconds: 120,
      maintenanceSeconds: 15,
      batchSize: 50,
    });
    expect(queueTimingFor(4)).toEqual({ expireSeconds: 4, maintenanceSeconds: 1, batchSize: 16 });
    expect(queueTimingFor(2)).toEqual({ expireSeconds: 2, maintenanceSeconds: 1, batchSize: 8 });
    expect(queueTimingFor(12)).toEqual({ expireSeconds: 12, maintenanceSeconds: 3, batchSize: 48 });
  });
});
