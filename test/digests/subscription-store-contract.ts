import { describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { newSubscription } from '../helpers/digests.ts';

const at = new Date('2026-11-28T08:00:00Z');
const later = new Date('2026-11-28T08:00:05Z');

/**
 * What every subscription store must do, so the scheduler never depends on which it has. A new
 * store's test file calls this with a way to open an empty store.
 */
export function describeSubscriptionStore(
  name: string,
  open: () => Promise<SubscriptionStore>,
): void {
  describe(`the subscription store (${name})`, () => {
    it('creates, reads, lists by channel, pauses and deletes subscriptions', async () => {
      const store = await open();
      const a = await store.createSubscription(
        newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
      );
      const b = await store.createSubscription(
        newSubscription({ channelId: '100000000000000002', isDirect: false }),
      );
      expect(a).toEqual({
        id: a.id,
        ...newSubscription({ topics: ['russia-dprk'], notifyEmpty: true }),
        createdAt: '2026-11-01T00:00:00.000Z',
        pausedReason: null,
      });
      expect(await store.getSubscription(a.id)).toEqual(a);
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual([a.id, b.id]);
      expect(
        (
          await store.listSubscriptions({ platform: 'discord', channelId: '100000000000000002' })
        ).map((s) => s.id),
      ).toEqual([b.id]);
      expect(
        await store.listSubscriptions({ platform: 'slack', channelId: '100000000000000002' }),
      ).toEqual([]);
      await store.setPaused(a.id, 'because');
      expect((await store.getSubscription(a.id))?.pausedReason).toBe('because');
      await store.setPaused(a.id, null);
      expect((await store.getSubscription(a.id))?.pausedReason).toBeNull();
      expect(await store.deleteSubscription(a.id)).toBe(true);
      expect(await store.deleteSubscription(a.id)).toBe(false);
      expect(await store.getSubscription(a.id)).toBeUndefined();
      await store.close();
    });

    it('lets a run be claimed once only', async () => {
      const store = await open();
      const sub = await store.createSubscription(newSubscription());
      const claim = await store.claimDelivery(sub.id, at, at);
      expect(claim).toMatchObject({
        subscriptionId: sub.id,
        scheduledFor: at.toISOString(),
        status: 'claimed',
        attempts: 0,
      });
      expect(await store.claimDelivery(sub.id, at, later)).toBeUndefined();
      expect(
        await store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later),
      ).toBeDefined();
      await store.close();
    });

    it('tracks unfinished claims, attempts, and the latest completed delivery', async () => {
      const store = await open();
      const sub = await store.createSubscription(newSubscription());
      const first = await store.claimDelivery(sub.id, at, at);
      const second = await store.claimDelivery(sub.id, new Date('2026-11-29T08:00:00Z'), later);
      if (!first || !second) throw new Error('claims failed');
      expect((await store.unfinishedDeliveries()).map((d) => d.id)).toEqual([first.id, second.id]);
      await store.recordAttempt(second.id, 'HTTP 503');
      await store.finishDelivery(
        first.id,
        { status: 'sent', messageId: 'm1', coveredUntil: '2024-07-20' },
        later,
      );
      // Finishing is once only: a late duplicate cannot turn a sent delivery into something else.
      await store.finishDelivery(first.id, { status: 'failed', error: 'late' }, later);
      expect(await store.getDelivery(sub.id, at)).toMatchObject({
        status: 'sent',
        messageId: 'm1',
        coveredUntil: '2024-07-20',
      });
      expect(await store.unfinishedDeliveries()).toMatchObject([
        { id: second.id, attempts: 1, lastError: 'HTTP 503' },
      ]);
      expect((await store.latestCompleted(sub.id))?.id).toBe(first.id);
      expect((await store.latestDelivery(sub.id))?.id).toBe(second.id);
      await store.finishDelivery(second.id, { status: 'empty', coveredUntil: '2024-07-20' }, later);
      expect((await store.latestCompleted(sub.id))?.id).toBe(second.id);
      expect(await store.unfinishedDeliveries()).toEqual([]);
      await store.close();
    });

    it('forgets deliveries with their subscription', async () => {
      const store = await open();
      const sub = await store.createSubscription(newSubscription());
      await store.claimDelivery(sub.id, at, at);
      await store.deleteSubscription(sub.id);
      expect(await store.unfinishedDeliveries()).toEqual([]);
      await store.close();
    });

    it('lets one of many simultaneous claims of a run win, and no more', async () => {
      const store = await open();
      const sub = await store.createSubscription(newSubscription());
      const claims = await Promise.all(
        Array.from({ length: 12 }, () => store.claimDelivery(sub.id, at, later)),
      );
      expect(claims.filter((claim) => claim !== undefined)).toHaveLength(1);
      expect(await store.unfinishedDeliveries()).toHaveLength(1);
      await store.close();
    });

    it('keeps times to the millisecond and text as written', async () => {
      const store = await open();
      const created = new Date('2026-03-29T00:59:59.123Z');
      const sub = await store.createSubscription(
        newSubscription({
          topics: ['café-crème', 'north "korea"'],
          description: '07:30 on weekdays (Europe/Paris) — «test»',
          createdAt: created,
          isDirect: true,
        }),
      );
      const again = await store.getSubscription(sub.id);
      expect(again).toMatchObject({
        createdAt: '2026-03-29T00:59:59.123Z',
        topics: ['café-crème', 'north "korea"'],
        description: '07:30 on weekdays (Europe/Paris) — «test»',
        isDirect: true,
      });
      const claim = await store.claimDelivery(sub.id, at, new Date('2026-11-28T08:00:00.250Z'));
      expect(claim?.claimedAt).toBe('2026-11-28T08:00:00.250Z');
      expect(await store.getDelivery(sub.id, at)).toMatchObject({
        scheduledFor: '2026-11-28T08:00:00.000Z',
        finishedAt: null,
        messageId: null,
      });
      expect(await store.getSubscription(sub.id + 1000)).toBeUndefined();
      expect(await store.latestDelivery(sub.id + 1000)).toBeUndefined();
      await store.close();
    });
  });
}
