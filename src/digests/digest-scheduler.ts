import pLimit, { type LimitFunction } from 'p-limit';
import { attemptDelivery, type DeliverDeps } from './deliver-digest.ts';
import type { DigestQueue, QueuedRun, RunResult } from './digest-queue.ts';
import { type RunTimer, startRunTimer } from './run-timer.ts';
import { previousRun } from './schedule.ts';
import type { Delivery, Subscription } from './subscription-store.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait after the first failure; it doubles after each one, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
}

export interface SchedulerOptions extends DeliverDeps {
  /** A run missed while the bot was down is delivered once at start if it fell due this recently. */
  catchupHours: number;
  /**
   * Deliveries under way at once on each platform; the others queue, so a slow channel holds one
   * slot only, and a platform making its posts wait (Slack's 429s) never holds back another's.
   */
  concurrency?: number;
  retry?: RetryPolicy;
  /**
   * Runs shared with other processes (PostgreSQL): each due run is handed to the queue, one
   * worker in one process delivers it, and the engine retries it (here or elsewhere) when a
   * worker fails or dies. Without it, this process delivers and retries its own runs.
   */
  queue?: DigestQueue;
  /** With a queue: how often the schedule is re-read, to follow changes made by other processes. */
  resyncMs?: number;
}

type Platform = Subscription['platform'];

const defaultRetry: RetryPolicy = { attempts: 6, baseMs: 5_000, maxMs: 300_000 };

/**
 * Runs digests on time: one timer per active subscription, in its own time zone (run-timer.ts), plus,
 * at start, the finishing of deliveries a previous process claimed but never completed and one
 * catch-up run for a schedule missed while the bot was down. Deliveries are claimed in the store
 * before sending, so each (subscription, minute) is delivered at most once by design and at
 * least once by recovery.
 */
export function createDigestScheduler(options: SchedulerOptions) {
  const { store, log, now } = options;
  const retry = options.retry ?? defaultRetry;
  const slots = new Map<Platform, LimitFunction>();
  const slotsOf = (platform: Platform): LimitFunction => {
    let limit = slots.get(platform);
    if (limit === undefined) {
      limit = pLimit(options.concurrency ?? 16);
      slots.set(platform, limit);
    }
    return limit;
  };
  const graceMs = options.catchupHours * 3_600_000;
  const tasks = new Map<number, RunTimer>();
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let stopResync = () => {};
  /** What each task was scheduled with, to notice another process changing it. */
  const scheduled = new Map<number, Pick<Subscription, 'cron' | 'timezone'>>();

  const connected = (subscription: Subscription) =>
    options.publishers[subscription.platform] !== undefined;

  function track(job: Promise<void>): void {
    const guarded = job.catch((error: unknown) =>
      log.error({ err: error }, 'digest run failed unexpectedly'),
    );
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  }

  async function attempt(
    subscriptionId: number,
    claim: Delivery,
    number: number,
    recovered = false,
  ): Promise<void> {
    const subscription = await store.getSubscription(subscriptionId);
    if (subscription === undefined || subscription.pausedReason !== null) {
      await store.finishDelivery(
        claim.id,
        { status: 'expired', error: 'subscription removed or paused' },
        now(),
      );
      return;
    }
    // A retry, or a claim left by a stopped process, may already have been posted in part.
    const outcome = await attemptDelivery(options, subscription, claim, recovered || number > 1);
    options.observe?.({ platform: subscription.platform, outcome: outcome.kind });
    if (outcome.kind === 'paused') unschedule(subscriptionId);
    if (outcome.kind !== 'retry') return;
    if (number >= retry.attempts || stopped) {
      if (number >= retry.attempts) {
        await store.finishDelivery(
          claim.id,
          { status: 'failed', error: outcome.error.message },
          now(),
        );
        options.observe?.({ platform: subscription.platform, outcome: 'failed' });
        log.error(
          { subscription: subscriptionId, delivery: claim.id, attempts: number },
          'digest not delivered after retries',
        );
      }
      return;
    }
    const backoff = Math.min(retry.maxMs, retry.baseMs * 2 ** (number - 1));
    const timer = setTimeout(() => {
      timers.delete(timer);
      track(slotsOf(subscription.platform)(() => attempt(subscriptionId, claim, number + 1)));
    }, outcome.retryAfterMs ?? backoff);
    timers.add(timer);
  }

  /** Claims and delivers one run, unless that run was already claimed. */
  function run(
    subscription: Pick<Subscription, 'id' | 'platform'>,
    scheduledFor: Date,
    existing?: Delivery,
  ): void {
    const subscriptionId = subscription.id;
    if (options.queue && existing === undefined) {
      const queue = options.queue;
      track(
        (async () => {
          // Read again: the platform is the queue, and the subscription may be gone by now.
          const current = await store.getSubscription(subscriptionId);
          if (current) await queue.enqueue(current.platform, subscriptionId, scheduledFor);
        })(),
      );
      return;
    }
    track(
      slotsOf(subscription.platform)(async () => {
        if (stopped) return;
        const claim = existing ?? (await store.claimDelivery(subscriptionId, scheduledFor, now()));
        if (claim === undefined) return;
        await attempt(subscriptionId, claim, 1, existing !== undefined);
      }),
    );
  }

  function schedule(subscription: Subscription): void {
    unschedule(subscription.id);
    if (stopped || subscription.pausedReason !== null || !connected(subscription)) return;
    const task = startRunTimer(subscription, (minute) => run(subscription, minute));
    tasks.set(subscription.id, task);
    scheduled.set(subscription.id, { cron: subscription.cron, timezone: subscription.timezone });
  }

  function unschedule(id: number): void {
    const task = tasks.get(id);
    task?.stop();
    tasks.delete(id);
    scheduled.delete(id);
  }

  /** Finishes deliveries that a stopped process claimed but never marked, if still recent. */
  async function recover(): Promise<void> {
    // With a queue, an unfinished claim belongs to a job the engine retries once its worker is
    // gone; finishing it here could post alongside a worker that is alive.
    if (options.queue) return;
    for (const delivery of await store.unfinishedDeliveries()) {
      const subscription = await store.getSubscription(delivery.subscriptionId);
      // Its own reason, not the window's: a paused run is not sent on any platform.
      if (subscription === undefined || subscription.pausedReason !== null) {
        await store.finishDelivery(
          delivery.id,
          { status: 'expired', error: 'subscription removed or paused' },
          now(),
        );
        continue;
      }
      if (!connected(subscription)) continue;
      if (now().getTime() - Date.parse(delivery.scheduledFor) > graceMs) {
        await store.finishDelivery(
          delivery.id,
          { status: 'expired', error: 'not finished before the catch-up window closed' },
          now(),
        );
        continue;
      }
      log.info(
        { subscription: subscription.id, delivery: delivery.id },
        'finishing a delivery claimed before a restart',
      );
      run(subscription, new Date(delivery.scheduledFor), delivery);
    }
  }

  /** One run for a schedule that fell due while the bot was down, never one per missed tick. */
  async function catchUp(subscription: Subscription): Promise<void> {
    const at = now();
    const missed = previousRun(subscription, at);
    const since = Math.max(
      Date.parse(subscription.createdAt),
      Date.parse(
        (await store.latestDelivery(subscription.id))?.scheduledFor ?? '1970-01-01T00:00:00Z',
      ),
    );
    if (missed.getTime() > since && at.getTime() - missed.getTime() <= graceMs) {
      log.info(
        { subscription: subscription.id, scheduledFor: missed.toISOString() },
        'catching up a missed digest',
      );
      run(subscription, missed);
    }
  }

  /** A run taken from the shared queue: claimed here, or a claim a dead worker left, finished. */
  function deliverQueued(queued: QueuedRun): Promise<RunResult> {
    return slotsOf(queued.platform)(async (): Promise<RunResult> => {
      const { subscriptionId, scheduledFor } = queued;
      // A subscription removed since the run was queued has nothing left to claim (its
      // deliveries went with it); claiming would fail on the reference, and be retried for
      // nothing.
      if ((await store.getSubscription(subscriptionId)) === undefined) return 'done';
      const existing = await store.getDelivery(subscriptionId, scheduledFor);
      if (existing !== undefined && existing.status !== 'claimed') return 'done';
      const claim = existing ?? (await store.claimDelivery(subscriptionId, scheduledFor, now()));
      if (claim === undefined) return 'done';
      const subscription = await store.getSubscription(subscriptionId);
      if (subscription === undefined || subscription.pausedReason !== null) {
        await store.finishDelivery(
          claim.id,
          { status: 'expired', error: 'subscription removed or paused' },
          now(),
        );
        return 'done';
      }
      if (existing !== undefined)
        log.info({ subscription: subscriptionId, delivery: claim.id }, 'finishing a claimed run');
      // With several processes, which one took a run is worth a line of its own.
      else log.info({ subscription: subscriptionId, delivery: claim.id }, 'digest run claimed');
      const outcome = await attemptDelivery(options, subscription, claim, existing !== undefined);
      options.observe?.({ platform: subscription.platform, outcome: outcome.kind });
      if (outcome.kind === 'paused') unschedule(subscriptionId);
      if (outcome.kind !== 'retry') return 'done';
      if (!queued.lastAttempt) return { retry: outcome.error };
      await store.finishDelivery(
        claim.id,
        { status: 'failed', error: outcome.error.message },
        now(),
      );
      options.observe?.({ platform: subscription.platform, outcome: 'failed' });
      log.error(
        { subscription: subscriptionId, delivery: claim.id, attempts: queued.attempt },
        'digest not delivered after retries',
      );
      return 'done';
    });
  }

  /** Follows subscriptions created, changed, paused or removed through another process. */
  async function resync(): Promise<void> {
    const current = await store.listSubscriptions();
    const active = new Map(
      current.filter((s) => s.pausedReason === null && connected(s)).map((s) => [s.id, s]),
    );
    for (const id of [...tasks.keys()]) if (!active.has(id)) unschedule(id);
    for (const [id, subscription] of active) {
      const known = scheduled.get(id);
      if (known?.cron !== subscription.cron || known.timezone !== subscription.timezone)
        schedule(subscription);
    }
  }

  return {
    async start(): Promise<void> {
      // Workers first: a process is of use to the others while it reads the schedule.
      if (options.queue) {
        const platforms = (['discord', 'slack', 'console'] as const).filter(
          (platform) => options.publishers[platform] !== undefined,
        );
        await options.queue.work(platforms, deliverQueued);
      }
      await recover();
      for (const subscription of await store.listSubscriptions()) {
        if (subscription.pausedReason !== null || !connected(subscription)) continue;
        await catchUp(subscription);
        schedule(subscription);
      }
      if (options.queue) {
        const every = setInterval(() => {
          resync().catch((error: unknown) =>
            log.warn({ err: error }, 'could not re-read the digest schedule'),
          );
        }, options.resyncMs ?? 30_000);
        every.unref();
        stopResync = () => clearInterval(every);
      }
      log.info(
        { scheduled: tasks.size, shared: options.queue !== undefined },
        'digest scheduler started',
      );
    },
    /** Starts (or restarts) a subscription's task after it is created, resumed or changed. */
    schedule,
    /** Delivers one scheduled run now, as its task would; a run already claimed is skipped. */
    deliverRun(subscriptionId: number, scheduledFor: Date): void {
      track(
        (async () => {
          const subscription = await store.getSubscription(subscriptionId);
          // The platform picks the delivery slots only; a removed subscription's run still ends
          // as `attempt` decides.
          run({ id: subscriptionId, platform: subscription?.platform ?? 'console' }, scheduledFor);
        })(),
      );
    },
    unschedule,
    scheduledCount: () => tasks.size,
    /** Resolves when every delivery under way has finished (retries waiting on a timer excepted). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    /** Stops every task and retry, and waits for deliveries under way to finish. */
    async stop(): Promise<void> {
      stopped = true;
      stopResync();
      for (const id of [...tasks.keys()]) unschedule(id);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await this.idle();
    },
  };
}

export type DigestScheduler = ReturnType<typeof createDigestScheduler>;
