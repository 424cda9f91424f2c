import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import { composeDigest } from './compose-digest.ts';
import { PermanentDeliveryError, type Publish } from './publish.ts';
import type { Delivery, Subscription, SubscriptionStore } from './subscription-store.ts';

export type Publishers = Partial<Record<Subscription['platform'], Publish>>;

export interface DeliverDeps {
  store: SubscriptionStore;
  library: Library;
  publishers: Publishers;
  log: Logger;
  now: () => Date;
  /** Told how each attempt ended (metrics); must not throw. */
  observe?: (outcome: DeliveryOutcome) => void;
}

/** How one digest attempt ended, for metrics. */
export interface DeliveryOutcome {
  platform: Subscription['platform'];
  /** `failed`: given up after the last retry. */
  outcome: AttemptOutcome['kind'] | 'failed';
}

/** How one attempt at a delivery ended. */
export type AttemptOutcome =
  | { kind: 'sent'; messageId: string }
  | { kind: 'empty' }
  | { kind: 'paused'; reason: string }
  /** Transient failure: the claim stays open and the attempt may be repeated. */
  | { kind: 'retry'; error: Error; retryAfterMs?: number };

/** The key a platform uses to post a delivery at most once, across retries and restarts. */
export function idempotencyKey(delivery: Pick<Delivery, 'id'>): string {
  return `digest-${delivery.id}`;
}

/** "08:00 every day (Europe/London)" plus how to manage it, for a digest's footer. */
function footerOf(subscription: Subscription): string {
  return `Digest #${subscription.id} · ${subscription.description} · /digest list to manage`;
}

function retryAfterOf(error: unknown): number | undefined {
  const seconds = (error as { retryAfter?: unknown; data?: { retryAfter?: unknown } }).retryAfter;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/**
 * One attempt at a claimed delivery: compose the digest, post it, record the result. The claim
 * was written before this runs, and the result is written after the platform answered, so a
 * crash in between leaves an open claim that the next start finishes (with the same key).
 */
export async function attemptDelivery(
  deps: DeliverDeps,
  subscription: Subscription,
  claim: Delivery,
  recovering = false,
): Promise<AttemptOutcome> {
  const { store, log } = deps;
  const since = (await store.latestCompleted(subscription.id))?.coveredUntil ?? null;
  const digest = composeDigest(deps.library, {
    topics: subscription.topics,
    since,
    notifyEmpty: subscription.notifyEmpty,
    footer: footerOf(subscription),
  });
  if (digest.reply === undefined) {
    await store.finishDelivery(
      claim.id,
      { status: 'empty', coveredUntil: digest.coveredUntil },
      deps.now(),
    );
    return { kind: 'empty' };
  }
  const publish = deps.publishers[subscription.platform];
  if (publish === undefined) {
    const error = new Error(`${subscription.platform} is not connected`);
    await store.recordAttempt(claim.id, error.message);
    return { kind: 'retry', error };
  }
  const target = {
    platform: subscription.platform,
    channelId: subscription.channelId,
    isDirect: subscription.isDirect,
  };
  try {
    const delivered = await publish(target, digest.reply, {
      idempotencyKey: idempotencyKey(claim),
      recovering,
    });
    await store.finishDelivery(
      claim.id,
      { status: 'sent', messageId: delivered.messageId, coveredUntil: digest.coveredUntil },
      deps.now(),
    );
    log.info(
      {
        subscription: subscription.id,
        delivery: claim.id,
        briefings: digest.briefingIds.length,
        messageId: delivered.messageId,
      },
      'digest delivered',
    );
    return { kind: 'sent', messageId: delivered.messageId };
  } catch (error) {
    if (error instanceof PermanentDeliveryError) {
      const reason = `${error.reason}: ${error.message}`;
      await store.finishDelivery(claim.id, { status: 'failed', error: reason }, deps.now());
      await store.setPaused(subscription.id, `delivery failed (${reason})`);
      log.warn(
        { subscription: subscription.id, delivery: claim.id, reason },
        'digest paused after a permanent failure',
      );
      return { kind: 'paused', reason };
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    await store.recordAttempt(claim.id, failure.message);
    log.warn(
      { subscription: subscription.id, delivery: claim.id, err: failure },
      'digest delivery failed; will retry',
    );
    const retryAfterMs = retryAfterOf(error);
    return {
      kind: 'retry',
      error: failure,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
}
