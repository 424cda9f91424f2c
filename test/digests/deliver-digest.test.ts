import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import type { Reply } from '../../src/core/reply.ts';
import {
  attemptDelivery,
  idempotencyKey,
  type Publishers,
} from '../../src/digests/deliver-digest.ts';
import {
  type DeliveryTarget,
  PermanentDeliveryError,
  type PublishOptions,
} from '../../src/digests/publish.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { NewSubscription } from '../../src/digests/subscription-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, seedBriefings } from '../helpers/briefings.ts';
import { newSubscription } from '../helpers/digests.ts';

const slot = new Date('2026-11-28T08:00:00Z');
const finished = new Date('2026-11-28T08:00:05Z');
const log = createLogger({ level: 'silent', destination: new PassThrough() });

interface Posted {
  target: DeliveryTarget;
  reply: Reply;
  options: PublishOptions | undefined;
}

async function setUp(
  publish: Publishers['discord'] | 'none',
  overrides: Partial<NewSubscription> = {},
  briefings = seedBriefings(),
) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const subscription = await store.createSubscription(
    newSubscription({ channelId: '100000000000000009', ...overrides }),
  );
  const claim = await store.claimDelivery(subscription.id, slot, slot);
  if (claim === undefined) throw new Error('no claim');
  const deps = {
    store,
    library: createLibrary(briefings),
    publishers: publish === 'none' ? {} : { discord: publish },
    log,
    now: () => finished,
  };
  return { store, subscription, claim, deps };
}

describe('one attempt at a claimed digest', () => {
  it('posts the digest with its key, to the subscription’s channel, and records it sent', async () => {
    const posted: Posted[] = [];
    const { store, subscription, claim, deps } = await setUp(async (target, reply, options) => {
      posted.push({ target, reply, options });
      return { messageId: 'm-1' };
    });
    const outcome = await attemptDelivery(deps, subscription, claim, true);
    expect(outcome).toEqual({ kind: 'sent', messageId: 'm-1' });
    expect(posted).toHaveLength(1);
    expect(posted[0]?.target).toEqual({
      platform: 'discord',
      channelId: '100000000000000009',
      isDirect: false,
    });
    expect(posted[0]?.options).toEqual({ idempotencyKey: `digest-${claim.id}`, recovering: true });
    expect(idempotencyKey(claim)).toBe(`digest-${claim.id}`);
    const footer = posted[0]?.reply.blocks.find((block) => block.type === 'footer');
    expect(footer).toEqual({
      type: 'footer',
      text: `Digest #${subscription.id} · ${subscription.description} · /digest list to manage`,
    });
    const delivery = await store.getDelivery(subscription.id, slot);
    expect(delivery).toMatchObject({
      status: 'sent',
      messageId: 'm-1',
      finishedAt: finished.toISOString(),
      attempts: 0,
    });
    expect(delivery?.coveredUntil).not.toBeNull();
  });

  it('passes recovering as false on a first attempt', async () => {
    const options: (PublishOptions | undefined)[] = [];
    const { subscription, claim, deps } = await setUp(async (_t, _r, given) => {
      options.push(given);
      return { messageId: 'm-2' };
    });
    await attemptDelivery(deps, subscription, claim);
    expect(options).toEqual([{ idempotencyKey: `digest-${claim.id}`, recovering: false }]);
  });

  it('records an empty run and posts nothing when nothing is new and no one asked to hear so', async () => {
    let calls = 0;
    const { store, subscription, claim, deps } = await setUp(
      async () => {
        calls++;
        return { messageId: 'never' };
      },
      { topics: ['no-such-topic'] },
    );
    expect(await attemptDelivery(deps, subscription, claim)).toEqual({ kind: 'empty' });
    expect(calls).toBe(0);
    expect(await store.getDelivery(subscription.id, slot)).toMatchObject({
      status: 'empty',
      finishedAt: finished.toISOString(),
    });
  });

  it('covers only briefings newer than the last digest sent', async () => {
    const replies: Reply[] = [];
    const later = briefingSchema.parse(
      briefingData({ id: 'later-story', title: 'A later story', updated: '2026-11-27' }),
    );
    const { store, subscription, deps } = await setUp(
      async (_t, reply) => {
        replies.push(reply);
        return { messageId: `m-${replies.length}` };
      },
      {},
      [...seedBriefings(), later],
    );
    const claimOf = async (at: Date) => {
      const delivery = await store.getDelivery(subscription.id, at);
      if (!delivery) throw new Error('no delivery');
      return delivery;
    };
    await attemptDelivery(deps, subscription, await claimOf(slot));
    const second = await store.claimDelivery(
      subscription.id,
      new Date('2026-11-29T08:00:00Z'),
      slot,
    );
    if (!second) throw new Error('no claim');
    expect(await attemptDelivery(deps, subscription, second)).toEqual({ kind: 'empty' });
    expect(replies).toHaveLength(1);
  });

  it('retries, without posting, when the platform is not connected', async () => {
    const { store, subscription, claim, deps } = await setUp('none');
    const outcome = await attemptDelivery(deps, subscription, claim);
    expect(outcome).toMatchObject({ kind: 'retry' });
    expect(outcome.kind === 'retry' && outcome.error.message).toBe('discord is not connected');
    expect(await store.getDelivery(subscription.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 1,
      lastError: 'discord is not connected',
    });
  });

  it('pauses the subscription and fails the run on a permanent failure, with the reason', async () => {
    const { store, subscription, claim, deps } = await setUp(async () => {
      throw new PermanentDeliveryError('discord:50013', 'Missing Permissions');
    });
    const outcome = await attemptDelivery(deps, subscription, claim);
    expect(outcome).toEqual({ kind: 'paused', reason: 'discord:50013: Missing Permissions' });
    expect(await store.getDelivery(subscription.id, slot)).toMatchObject({
      status: 'failed',
      lastError: 'discord:50013: Missing Permissions',
      finishedAt: finished.toISOString(),
    });
    expect((await store.getSubscription(subscription.id))?.pausedReason).toBe(
      'delivery failed (discord:50013: Missing Permissions)',
    );
  });

  it('keeps the claim open on a passing failure, with the platform’s retry-after in ms', async () => {
    const { store, subscription, claim, deps } = await setUp(async () => {
      throw Object.assign(new Error('rate limited'), { retryAfter: 2.5 });
    });
    const outcome = await attemptDelivery(deps, subscription, claim);
    expect(outcome).toMatchObject({ kind: 'retry', retryAfterMs: 2500 });
    expect(outcome.kind === 'retry' && outcome.error.message).toBe('rate limited');
    expect(await store.getDelivery(subscription.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 1,
      lastError: 'rate limited',
    });
  });

  it('gives no retry-after when the platform gives none, or gives one that is not a number', async () => {
    for (const thrown of [
      new Error('timeout'),
      Object.assign(new Error('odd'), { retryAfter: 'soon' }),
      Object.assign(new Error('endless'), { retryAfter: Number.POSITIVE_INFINITY }),
    ]) {
      const { subscription, claim, deps } = await setUp(async () => {
        throw thrown;
      });
      const outcome = await attemptDelivery(deps, subscription, claim);
      expect(outcome).toEqual({ kind: 'retry', error: thrown });
      expect('retryAfterMs' in outcome).toBe(false);
    }
  });

  it('turns a thrown value that is not an Error into one', async () => {
    const { store, subscription, claim, deps } = await setUp(async () => {
      throw 'socket hang up';
    });
    const outcome = await attemptDelivery(deps, subscription, claim);
    expect(outcome.kind === 'retry' && outcome.error).toBeInstanceOf(Error);
    expect(outcome.kind === 'retry' && outcome.error.message).toBe('socket hang up');
    expect((await store.getDelivery(subscription.id, slot))?.lastError).toBe('socket hang up');
  });
});
