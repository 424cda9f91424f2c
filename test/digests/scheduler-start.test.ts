import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  before,
  HOUR,
  createSchedulerRig as setUp,
  slot,
  stopSchedulers,
} from '../helpers/scheduler-rig.ts';

// What the scheduler does at start: which subscriptions it schedules, which claims a stopped
// process left it finishes or expires, and which missed run it catches up.

afterEach(async () => {
  await stopSchedulers();
  vi.useRealTimers();
});

describe('what runs at start', () => {
  it('schedules active subscriptions on connected platforms only, and keeps them after a post', async () => {
    const { store, start, subscribe } = setUp();
    const active = await subscribe();
    const paused = await subscribe();
    await store.setPaused(paused.id, 'paused by a person');
    const elsewhere = await subscribe({ platform: 'slack' });
    const scheduler = await start();
    expect(scheduler.scheduledCount()).toBe(1);
    scheduler.deliverRun(active.id, slot);
    await scheduler.idle();
    expect(scheduler.scheduledCount()).toBe(1);
    // The run all three missed a second before start is caught up for the active one only.
    expect((await store.latestDelivery(active.id))?.status).toBe('sent');
    expect(await store.latestDelivery(paused.id)).toBeUndefined();
    expect(await store.latestDelivery(elsewhere.id)).toBeUndefined();
  });

  it('schedule() starts no timer for a paused subscription or one on a platform not connected', async () => {
    const { start, subscribe } = setUp();
    const scheduler = await start(before);
    scheduler.schedule({ ...(await subscribe()), pausedReason: 'paused by a person' });
    scheduler.schedule(await subscribe({ platform: 'slack' }));
    expect(scheduler.scheduledCount()).toBe(0);
  });

  it('expires a claimed run of a paused subscription instead of posting it', async () => {
    const { store, collector, start, subscribe } = setUp();
    const sub = await subscribe();
    // Started a minute before the run, so that no catch-up claims it first.
    const scheduler = await start(new Date(slot.getTime() - 60_000));
    await store.setPaused(sub.id, 'paused by a person');
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    expect(collector.calls).toEqual([]);
    expect(await store.getDelivery(sub.id, slot)).toMatchObject({
      status: 'expired',
      lastError: 'subscription removed or paused',
    });
  });

  it('finishes a claim up to six hours old, marking it recovered, and expires older ones', async () => {
    const { store, collector, start, subscribe } = setUp();
    const recent = await subscribe({ channelId: 'recent' });
    const old = await subscribe({ channelId: 'old' });
    const paused = await subscribe({ channelId: 'paused' });
    const elsewhere = await subscribe({ channelId: 'elsewhere', platform: 'slack' });
    const pausedElsewhere = await subscribe({ channelId: 'paused-elsewhere', platform: 'slack' });
    const now = new Date(slot.getTime() + 6 * HOUR);
    await store.claimDelivery(recent.id, slot, slot);
    await store.claimDelivery(old.id, new Date(slot.getTime() - 60_000), slot);
    for (const sub of [paused, pausedElsewhere]) {
      await store.claimDelivery(sub.id, slot, slot);
      await store.setPaused(sub.id, 'paused by a person');
    }
    await store.claimDelivery(elsewhere.id, slot, slot);
    await (await start(now)).idle();
    // The old claim is expired; its subscription still gets this morning's run, as a catch-up.
    expect(collector.calls.map((call) => [call.channelId, call.recovering])).toEqual([
      ['recent', true],
      ['old', false],
    ]);
    expect((await store.getDelivery(recent.id, slot))?.status).toBe('sent');
    expect(await store.getDelivery(old.id, new Date(slot.getTime() - 60_000))).toMatchObject({
      status: 'expired',
      lastError: 'not finished before the catch-up window closed',
    });
    // A paused run is not sent on any platform, connected or not, and says why.
    for (const sub of [paused, pausedElsewhere])
      expect(await store.getDelivery(sub.id, slot)).toMatchObject({
        status: 'expired',
        lastError: 'subscription removed or paused',
      });
    // Its platform may connect on a later start: the claim waits for it.
    expect(await store.getDelivery(elsewhere.id, slot)).toMatchObject({
      status: 'claimed',
      attempts: 0,
      lastError: null,
    });
  });

  it('catches up a run missed exactly six hours ago, but not one from before the subscription', async () => {
    const { store, collector, start, subscribe } = setUp();
    const missed = await subscribe({
      channelId: 'missed',
      createdAt: new Date('2026-11-27T00:00:00Z'),
    });
    const newer = await subscribe({
      channelId: 'newer',
      createdAt: new Date('2026-11-28T09:00:00Z'),
    });
    // Created at the run's very minute: its timer would have started after it, so no catch-up.
    const atTheMinute = await subscribe({ channelId: 'at-the-minute', createdAt: slot });
    await (await start(new Date(slot.getTime() + 6 * HOUR))).idle();
    expect(collector.calls.map((call) => [call.channelId, call.recovering])).toEqual([
      ['missed', false],
    ]);
    expect((await store.latestDelivery(missed.id))?.scheduledFor).toBe(slot.toISOString());
    expect(await store.latestDelivery(newer.id)).toBeUndefined();
    expect(await store.latestDelivery(atTheMinute.id)).toBeUndefined();
  });

  it('puts the subscription, its schedule and how to manage it in the footer', async () => {
    const { collector, start, subscribe } = setUp();
    const sub = await subscribe({ description: '08:00 every day (UTC)' });
    const scheduler = await start();
    scheduler.deliverRun(sub.id, slot);
    await scheduler.idle();
    const footer = collector.messages[0]?.reply.blocks.find((block) => block.type === 'footer');
    expect(footer).toEqual({
      type: 'footer',
      text: `Digest #${sub.id} · 08:00 every day (UTC) · /digest list to manage`,
    });
  });
});
