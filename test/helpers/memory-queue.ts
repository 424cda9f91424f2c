import type { DigestQueue, QueuedRun, RunResult } from '../../src/digests/digest-queue.ts';

/**
 * A digest queue kept in memory: it records what is handed in and which platforms are worked on,
 * and `give` hands a run to the worker as the engine would (by default the run at `slot`, first
 * attempt). The engine itself (pg-boss on PostgreSQL) is tested in digest-queue.test.ts.
 */
export function createMemoryQueue(slot: Date) {
  const handed: { platform: string; subscriptionId: number; scheduledFor: string }[] = [];
  const workedOn: string[] = [];
  let handler: ((run: QueuedRun) => Promise<RunResult>) | undefined;
  const queue: DigestQueue = {
    async enqueue(platform, subscriptionId, scheduledFor) {
      handed.push({ platform, subscriptionId, scheduledFor: scheduledFor.toISOString() });
    },
    async work(platforms, handle) {
      workedOn.push(...platforms);
      handler = handle;
    },
    depth: async () => handed.length,
    async stop() {},
  };
  const give = (run: Partial<QueuedRun> & { subscriptionId: number }) => {
    if (!handler) throw new Error('no worker');
    return handler({
      platform: 'discord',
      scheduledFor: slot,
      attempt: 1,
      lastAttempt: false,
      ...run,
    });
  };
  return { queue, handed, give, workedOn };
}
