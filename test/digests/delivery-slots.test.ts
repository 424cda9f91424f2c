import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestScheduler, type DigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';
import { createMemoryQueue } from '../helpers/memory-queue.ts';
import { until } from '../helpers/until.ts';

// Each platform's runs have delivery slots of their own: Slack posts held up by its rate limits
// (a 429's retry-after can be a minute) must not keep Discord's digests waiting.

const slot = new Date('2026-11-28T08:00:00Z');
const started: DigestScheduler[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});

/** One delivery slot per platform; a Slack post to "stuck" hangs until `release` is called. */
function setUp(options: { queue?: boolean } = {}) {
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  let release = () => {};
  const held = new Promise<undefined>((resolve) => {
    release = () => resolve(undefined);
  });
  const slack = createCollector({
    dedupe: false,
    fail: (target) => (target.channelId === 'stuck' ? held : undefined),
  });
  const discord = createCollector({ dedupe: false });
  const { queue, give } = createMemoryQueue(slot);
  const scheduler = createDigestScheduler({
    store,
    library: createLibrary(seedBriefings()),
    publishers: { discord: discord.publish, slack: slack.publish },
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
    now: () => new Date(slot.getTime() + 1000),
    catchupHours: 6,
    concurrency: 1,
    ...(options.queue === false ? {} : { queue }),
  });
  started.push(scheduler);
  return { store, scheduler, give, release, slack, discord };
}

describe('delivery slots per platform', () => {
  it('delivers Discord runs while every Slack slot is held by a post that cannot go out yet', async () => {
    const { store, scheduler, give, release, slack, discord } = setUp();
    await scheduler.start();
    const stuck = await store.createSubscription(
      newSubscription({ platform: 'slack', channelId: 'stuck' }),
    );
    const waiting = await store.createSubscription(
      newSubscription({ platform: 'slack', channelId: 'C2' }),
    );
    const first = await store.createSubscription(newSubscription({ channelId: '1' }));
    const second = await store.createSubscription(newSubscription({ channelId: '2' }));

    const slackRuns = [
      give({ platform: 'slack', subscriptionId: stuck.id }),
      give({ platform: 'slack', subscriptionId: waiting.id }),
    ];
    await until(() => slack.calls.length > 0);
    // Both Discord runs finish through Discord's one slot while Slack's is still taken.
    expect(await give({ platform: 'discord', subscriptionId: first.id })).toBe('done');
    expect(await give({ platform: 'discord', subscriptionId: second.id })).toBe('done');
    expect(discord.messages.map((m) => m.target.channelId)).toEqual(['1', '2']);
    // Slack's slot still holds the first post; the second waits its turn behind it.
    expect(slack.calls.map((call) => call.channelId)).toEqual(['stuck']);

    release();
    expect(await Promise.all(slackRuns)).toEqual(['done', 'done']);
    expect(slack.messages.map((m) => m.target.channelId)).toEqual(['stuck', 'C2']);
  });

  it('gives a run delivered on demand the slots of its own platform', async () => {
    const { store, scheduler, release, slack, discord } = setUp({ queue: false });
    await scheduler.start();
    const stuck = await store.createSubscription(
      newSubscription({ platform: 'slack', channelId: 'stuck' }),
    );
    const other = await store.createSubscription(newSubscription({ channelId: '1' }));
    scheduler.deliverRun(stuck.id, slot);
    await until(() => slack.calls.length > 0);
    scheduler.deliverRun(other.id, slot);
    await until(() => discord.messages.length > 0);
    expect(discord.messages.map((m) => m.target.channelId)).toEqual(['1']);
    release();
    await scheduler.idle();
    expect(slack.messages.map((m) => m.target.channelId)).toEqual(['stuck']);
  });
});
