import { describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { newSubscription } from '../helpers/digests.ts';

const at = new Date('2026-11-28T08:00:00Z');
const later = new Date('2026-11-28T08:00:05Z');

/**
 * What every subscription store must do, so the scheduler never depends on which it has. A new
 * store's test file calls this with a way to open an empty store.
 */
export function describeSubscriptionStore(name: string, open: () => SubscriptionStore): void {
  describe(`the subscription store (${name})`, () => {
    it('creates, reads, lists by channel, pauses and deletes subscriptions', () => {
      const store = open();
      const a = store.createSubscription(
        newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
      );
      const b = store.createSubscription(
        newSubscription({ channelId: '100000000000000002', isDirect: false }),
      );
      expect(a).toEqual({
        id: a.id,
        ...newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
        createdAt: '2026-11-01T00:00:00.000Z',
        pausedReason: null,
      });
      expect(store.getSubscription(a.id)).toEqual(a);
      expect(store.listSubscriptions().map((s) => s.id)).toEqual([a.id, b.id]);
      expect(
        store
          .listSubscriptions({ platform: 'discord', channelId: '100000000000000002' })
          .map((s) => s.id),
      ).toEqual([b.id]);
      expect(
        store.listSubscriptions({ platform: 'slack', channelId: '100000000000000002' }),
      ).toEqual([]);
      store.setPaused(a.id, 'because');
      expect(store.getSubscription(a.id)?.pausedReason).toBe('because');
      store.setPaused(a.id, null);
      expect(store.getSubscription(a.id)?.pausedReason).toBeNull();
      expect(store.deleteSubscription(a.id)).toBe(true);
      expect(store.deleteSubscription(a.id)).toBe(false);
      expect(store.getSubscription(a.id)).toBeUndefined();
      store.close();
    });

    it('lets a run be claimed once only', () => {
      const store = open();
      const sub = store.createSubscription(newSubscription());
      const claim = store.claimDelivery(sub.id, at, at);
      expect(claim).toMatchObject({
        subscriptionId: sub.id,
        scheduledFor: at.toISOString(),
        status: 'claimed',
        attempts: 0,
      });
      expect(store.claimDelivery(sub.id, at, later)).toBeUndefined();
      expect(store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later)).toBeDefined();
      store.close();
    });

    it('tracks unfinished claims, attempts, and the latest completed delivery', () => {
      const store = open();
      const sub = store.createSubscription(newSubscription());
      const first = store.claimDelivery(sub.id, at, at);
      const second = store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later);
      if (!first || !second) throw new Error('claims failed');
      expect(store.unfinishedDeliveries().map((d) => d.id)).toEqual([first.id, second.id]);
      store.recordAttempt(second.id, 'HTTP 503');
      store.finishDelivery(
        first.id,
        { status: 'sent', messageId: 'm1', coveredUntil: '2024-07-20' },
        later,
      );
      // Finishing is once only: a late duplicate cannot turn a sent delivery into something else.
      store.finishDelivery(first.id, { status: 'failed', error: 'late' }, later);
      expect(store.getDelivery(sub.id, at)).toMatchObject({
        status: 'sent',
        messageId: 'm1',
        coveredUntil: '2024-07-20',
      });
      expect(store.unfinishedDeliveries()).toMatchObject([
        { id: second.id, attempts: 1, lastError: 'HTTP 503' },
      ]);
      expect(store.latestCompleted(sub.id)?.id).toBe(first.id);
      expect(store.latestDelivery(sub.id)?.id).toBe(second.id);
      store.finishDelivery(second.id, { status: 'empty', coveredUntil: '2024-07-20' }, later);
      expect(store.latestCompleted(sub.id)?.id).toBe(second.id);
      expect(store.unfinishedDeliveries()).toEqual([]);
      store.close();
    });

    it('forgets deliveries with their subscription', () => {
      const store = open();
      const sub = store.createSubscription(newSubscription());
      store.claimDelivery(sub.id, at, at);
      store.deleteSubscription(sub.id);
      expect(store.unfinishedDeliveries()).toEqual([]);
      store.close();
    });
  });
}
