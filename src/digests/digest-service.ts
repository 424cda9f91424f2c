import type { Caller } from '../core/caller.ts';
import { UserError } from '../core/user-error.ts';
import type { Library } from '../library/library.ts';
import { composeDigest } from './compose-digest.ts';
import type { DigestService, SubscribeRequest, SubscriptionView } from './digest-contract.ts';
import type { DigestScheduler } from './digest-scheduler.ts';
import { buildSchedule, formatRunTime, nextRun, ScheduleError } from './schedule.ts';
import type { Delivery, Subscription, SubscriptionStore } from './subscription-store.ts';

/** A channel or person cannot pile up more digests than this; a typo loop should not spam. */
export const MAX_SUBSCRIPTIONS_PER_TARGET = 10;

const statusWords: Record<Delivery['status'], string> = {
  claimed: 'being sent',
  sent: 'sent',
  empty: 'nothing new',
  failed: 'failed',
  expired: 'missed',
};

/** Whose digests a caller manages: the channel's, or in a DM their own. */
function targetOf(caller: Caller): {
  platform: Subscription['platform'];
  channelId: string;
  isDirect: boolean;
  label: string;
} {
  return caller.isDirect
    ? {
        platform: caller.platform,
        channelId: caller.userId,
        isDirect: true,
        label: 'you (direct messages)',
      }
    : {
        platform: caller.platform,
        channelId: caller.channelId,
        isDirect: false,
        label: 'this channel',
      };
}

/** Digest subscriptions backed by a store and kept running by a scheduler. */
export function createDigestService(options: {
  store: SubscriptionStore;
  scheduler: DigestScheduler;
  library: Library;
  defaultTimezone: string;
  now: () => Date;
}): DigestService {
  const { store, scheduler, library, now } = options;

  async function view(subscription: Subscription, label: string): Promise<SubscriptionView> {
    const last = await store.latestDelivery(subscription.id);
    const zone = subscription.timezone;
    return {
      id: subscription.id,
      target: label,
      topics: subscription.topics,
      schedule: subscription.description,
      timezone: zone,
      notifyEmpty: subscription.notifyEmpty,
      nextRun:
        subscription.pausedReason === null
          ? `${formatRunTime(nextRun(subscription, now()), zone)} (${zone})`
          : null,
      lastDelivery: last
        ? `${statusWords[last.status]}, ${formatRunTime(new Date(last.scheduledFor), zone)}${last.status === 'failed' && last.lastError ? ` (${last.lastError})` : ''}`
        : null,
      pausedReason: subscription.pausedReason,
    };
  }

  async function owned(caller: Caller, id: number): Promise<Subscription> {
    const target = targetOf(caller);
    const subscription = await store.getSubscription(id);
    if (
      subscription === undefined ||
      subscription.platform !== target.platform ||
      subscription.channelId !== target.channelId ||
      subscription.isDirect !== target.isDirect
    ) {
      throw new UserError(
        'not_found',
        `There is no digest #${id} for ${target.label}. /digest list shows them.`,
      );
    }
    return subscription;
  }

  return {
    async subscribe(caller: Caller, request: SubscribeRequest): Promise<SubscriptionView> {
      const target = targetOf(caller);
      const existing = (await store.listSubscriptions(target)).filter(
        (s) => s.isDirect === target.isDirect,
      );
      if (existing.length >= MAX_SUBSCRIPTIONS_PER_TARGET) {
        throw new UserError(
          'bad_argument',
          `${target.label} already has ${existing.length} digests; remove one first.`,
        );
      }
      let schedule: ReturnType<typeof buildSchedule>;
      try {
        schedule = buildSchedule({
          time: request.time,
          days: request.days,
          timezone: request.timezone ?? options.defaultTimezone,
          ...(request.cron ? { cron: request.cron } : {}),
        });
      } catch (error) {
        if (error instanceof ScheduleError)
          throw new UserError('bad_argument', `That schedule won't work: ${error.message}.`);
        throw error;
      }
      const subscription = await store.createSubscription({
        platform: target.platform,
        channelId: target.channelId,
        isDirect: target.isDirect,
        createdBy: caller.userId,
        topics: request.topics,
        cron: schedule.cron,
        timezone: schedule.timezone,
        description: schedule.description,
        notifyEmpty: request.notifyEmpty,
        createdAt: now(),
      });
      scheduler.schedule(subscription);
      return view(subscription, target.label);
    },
    async list(caller: Caller): Promise<SubscriptionView[]> {
      const target = targetOf(caller);
      const subscriptions = (await store.listSubscriptions(target)).filter(
        (s) => s.isDirect === target.isDirect,
      );
      return Promise.all(subscriptions.map((s) => view(s, target.label)));
    },
    async unsubscribe(caller: Caller, id: number): Promise<SubscriptionView> {
      const subscription = await owned(caller, id);
      const shown = await view(subscription, targetOf(caller).label);
      await store.deleteSubscription(id);
      scheduler.unschedule(id);
      return shown;
    },
    async pause(caller: Caller, id: number): Promise<SubscriptionView> {
      const subscription = await owned(caller, id);
      const reason = `paused with /digest pause on ${formatRunTime(now(), subscription.timezone)}`;
      await store.setPaused(id, reason);
      scheduler.unschedule(id);
      return view({ ...subscription, pausedReason: reason }, targetOf(caller).label);
    },
    async resume(caller: Caller, id: number): Promise<SubscriptionView> {
      const subscription = { ...(await owned(caller, id)), pausedReason: null };
      await store.setPaused(id, null);
      scheduler.schedule(subscription);
      return view(subscription, targetOf(caller).label);
    },
    async preview(caller: Caller, id?: number) {
      const subscription = id === undefined ? undefined : await owned(caller, id);
      const since = subscription
        ? ((await store.latestCompleted(subscription.id))?.coveredUntil ?? null)
        : null;
      const digest = composeDigest(library, {
        topics: subscription?.topics ?? [],
        since,
        notifyEmpty: true,
        footer: subscription
          ? `Preview of digest #${subscription.id} · ${subscription.description} · only you can see this`
          : 'Preview of a first digest of all briefings · only you can see this',
      });
      const reply = digest.reply ?? { blocks: [], private: true };
      return { ...reply, private: true };
    },
  };
}
