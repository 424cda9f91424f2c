import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../src/core/caller.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { createDigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createDigestService } from '../../src/digests/digest-service.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLogger } from '../../src/logger.ts';
import { seedLibrary } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';

const now = new Date('2026-11-28T12:00:00Z');
const log = createLogger({ level: 'silent', destination: new PassThrough() });
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function setUp(clock: () => Date = () => now) {
  const library = seedLibrary();
  const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
  const collector = createCollector();
  const scheduler = createDigestScheduler({
    store,
    library,
    publishers: { discord: collector.publish, slack: collector.publish },
    log,
    now: clock,
    catchupHours: 6,
  });
  await scheduler.start();
  stops.push(() => scheduler.stop());
  const digests = createDigestService({
    store,
    scheduler,
    library,
    defaultTimezone: 'Europe/London',
    now: clock,
  });
  const ask = (text: string, caller: Partial<Caller> = {}) =>
    dispatchText(registry, text, {
      library,
      now: clock,
      digests,
      caller: {
        platform: 'discord',
        userId: '300000000000000001',
        channelId: '100000000000000001',
        isDirect: false,
        canManageChannel: true,
        ...caller,
      },
    });
  return { ask, store, collector, scheduler };
}

const fields = (reply: Reply) =>
  Object.fromEntries(
    reply.blocks
      .filter((b): b is Extract<Block, { type: 'fields' }> => b.type === 'fields')
      .flatMap((b) => b.fields.map((f) => [f.name, f.value])),
  );

describe('/digest commands', () => {
  it('subscribes a channel, with the next run in its time zone', async () => {
    const { ask, store } = await setUp();
    const reply = await ask(
      '/digest subscribe topics:russia-dprk time:07:30 days:weekdays timezone:America/New_York',
    );
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Digest #1 set up for this channel');
    expect(fields(reply)).toEqual({
      Digest: '#1 for this channel',
      Topics: 'russia-dprk',
      When: '07:30 on weekdays (America/New_York)',
      'Next run': 'Mon 30 Nov, 07:30 (America/New_York)',
      'Last delivery': 'none yet',
    });
    expect(await store.getSubscription(1)).toMatchObject({
      cron: '30 7 * * 1-5',
      channelId: '100000000000000001',
      isDirect: false,
    });
  });

  it('uses the default time zone and accepts topic aliases', async () => {
    const { ask, store } = await setUp();
    await ask('/digest subscribe topics:putin-kim');
    expect(await store.getSubscription(1)).toMatchObject({
      topics: ['russia-dprk'],
      timezone: 'Europe/London',
      cron: '0 8 * * *',
    });
  });

  it('explains a bad time zone, a bad cron expression and an unknown topic', async () => {
    const { ask } = await setUp();
    const zone = await ask('/digest subscribe timezone:Mars/Olympus');
    expect(zone.error?.code).toBe('bad_argument');
    expect(JSON.stringify(zone.blocks)).toContain('\\"Mars/Olympus\\" is not a time zone');
    const cron = await ask('/digest subscribe cron:"99 * * * *"');
    expect(JSON.stringify(cron.blocks)).toContain('is not a valid cron expression');
    expect((await ask('/digest subscribe topics:brexit')).error?.code).toBe('unknown_topic');
  });

  it('refuses channel changes to members who cannot manage the channel, but not listing', async () => {
    const { ask, store } = await setUp();
    const reply = await ask('/digest subscribe', { canManageChannel: false });
    expect(reply).toMatchObject({ private: true, error: { code: 'not_allowed' } });
    expect(await store.listSubscriptions()).toEqual([]);
    expect((await ask('/digest list', { canManageChannel: false })).error).toBeUndefined();
  });

  it('lets anyone manage their own DM digests', async () => {
    const { ask, store } = await setUp();
    const dm = { isDirect: true, canManageChannel: false, channelId: 'dm-channel' };
    const reply = await ask('/digest subscribe time:06:00', dm);
    expect(reply.title).toBe('Digest #1 set up for you (direct messages)');
    expect(await store.getSubscription(1)).toMatchObject({
      channelId: '300000000000000001',
      isDirect: true,
    });
    expect((await ask('/digest pause 1', dm)).title).toBe('Digest #1 paused');
    expect(fields(await ask('/digest list', dm))['Next run']).toBe('paused');
    expect((await ask('/digest resume 1', dm)).title).toBe('Digest #1 resumed');
    expect((await ask('/digest unsubscribe 1', dm)).title).toBe('Digest #1 stopped');
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("does not let one channel touch another channel's digest", async () => {
    const { ask, store } = await setUp();
    await ask('/digest subscribe');
    const other = { channelId: '100000000000000002' };
    expect((await ask('/digest unsubscribe 1', other)).error?.code).toBe('not_found');
    expect((await ask('/digest list', other)).title).toBe('No digests here');
    expect(await store.listSubscriptions()).toHaveLength(1);
  });

  it('previews the digest privately, without sending or recording anything', async () => {
    const { ask, collector, store } = await setUp();
    await ask('/digest subscribe');
    const reply = await ask('/digest preview 1');
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('Briefbot digest: 1 new or updated briefing');
    expect(collector.messages).toEqual([]);
    expect(await store.latestDelivery(1)).toBeUndefined();
  });

  it('shows pause reasons and last deliveries in the list', async () => {
    const { ask, store, scheduler } = await setUp();
    await ask('/digest subscribe');
    scheduler.deliverRun(1, new Date('2026-11-28T08:00:00Z'));
    await scheduler.idle();
    await store.setPaused(1, 'delivery failed (discord:50013: Missing Permissions)');
    const listed = fields(await ask('/digest list'));
    expect(listed['Last delivery']).toBe('sent, Sat 28 Nov, 08:00');
    expect(listed['Paused because']).toBe('delivery failed (discord:50013: Missing Permissions)');
  });
});

describe('the schedule, running', () => {
  it('delivers at the scheduled minute, by the run timer in the subscriber’s time zone', async () => {
    // Only Date is faked, and it moves with real time: the run timer sees 07:59:58 London time
    // and waits two real seconds for 08:00.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-28T07:59:58Z'));
    const { ask, store, collector } = await setUp(() => new Date());
    await ask('/digest subscribe time:08:00 timezone:Europe/London');
    await expect.poll(() => collector.messages.length, { timeout: 8000, interval: 100 }).toBe(1);
    expect(await store.latestDelivery(1)).toMatchObject({
      scheduledFor: '2026-11-28T08:00:00.000Z',
      status: 'sent',
    });
  });
});
