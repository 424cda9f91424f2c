import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { pacedWait } from '../../src/adapters/slack/rate-limit-wait.ts';
import { createRedisPacing } from '../../src/app/redis-pacing.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `briefbot-test:${randomBytes(4).toString('hex')}:`;
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  // Leave nothing behind on the shared server.
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** Two processes' pacing on one Redis; each records the keys it had to wait for. */
function twoProcesses(keyPrefix: string) {
  const waits: string[] = [];
  const make = () => {
    const pacing = createRedisPacing(REDIS_URL, keyPrefix, (key) => waits.push(key));
    closers.push(pacing.close);
    return pacing.pace;
  };
  return { one: make(), two: make(), waits };
}

describe('pacing shared through Redis', () => {
  it('counts the calls of every process against one limit', async () => {
    const { one, two, waits } = twoProcesses(`${prefix}shared:`);
    // Two calls a second allowed; four made at once, two by each process: two must wait.
    await Promise.all([
      one('slack:C1', 2),
      one('slack:C1', 2),
      two('slack:C1', 2),
      two('slack:C1', 2),
    ]);
    expect(waits.filter((key) => key === 'slack:C1').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps keys apart: one channel’s posts do not hold back another’s', async () => {
    const { one, two, waits } = twoProcesses(`${prefix}apart:`);
    await Promise.all([one('slack:C1', 1), two('slack:C2', 1), one('discord:global', 1)]);
    expect(waits).toEqual([]);
  });

  it('charges a call its cost, so a long digest counts as several posts', async () => {
    const { one, two, waits } = twoProcesses(`${prefix}cost:`);
    await one('discord:global', 3, 3);
    await two('discord:global', 3);
    expect(waits).toEqual(['discord:global']);
  });

  it('holds two processes posting to different Slack channels to one workspace pace', async () => {
    const { one, two, waits } = twoProcesses(`${prefix}workspace:`);
    const direct = <T>(_channel: string, call: () => Promise<T>) => call();
    // A workspace allowing 3 posts a second; each process posts to 4 channels of its own.
    const post = (pace: typeof one, channel: string) =>
      pacedWait(direct, pace, 3)(channel, async () => channel);
    const channels = ['C1', 'C2', 'C3', 'C4'];
    await Promise.all([
      ...channels.map((channel) => post(one, channel)),
      ...channels.map((channel) => post(two, `${channel}0`)),
    ]);
    // No channel had to wait for itself; at least 5 of the 8 posts waited for the workspace.
    expect(waits.filter((key) => key !== 'slack:workspace')).toEqual([]);
    expect(waits.length).toBeGreaterThanOrEqual(5);
  });

  it('counts Discord’s 50 a second in windows of 105 ms holding five posts', async () => {
    const keyPrefix = `${prefix}groups:`;
    const { one, two, waits } = twoProcesses(keyPrefix);
    await Promise.all([one('discord:global', 50, 3), two('discord:global', 50, 2)]);
    const redis = new Redis(REDIS_URL);
    try {
      const [key] = await redis.keys(`${keyPrefix}*`);
      expect(key).toBeDefined();
      // Five taken at once by two processes: the window is full, and lasts a tenth of 1,050 ms.
      expect(await redis.get(key ?? '')).toBe('5');
      const ttl = await redis.pttl(key ?? '');
      expect(ttl).toBeGreaterThan(-2);
      expect(ttl).toBeLessThanOrEqual(105);
    } finally {
      await redis.quit();
    }
    expect(waits).toEqual([]);
    await one('discord:global', 50);
    expect(waits).toEqual(['discord:global']);
  });

  it('lets calls through unpaced when Redis cannot be reached', async () => {
    const pacing = createRedisPacing('redis://127.0.0.1:9', `${prefix}down:`);
    closers.push(pacing.close);
    await pacing.pace('slack:C1', 1);
    await pacing.pace('slack:C1', 1);
  });
});
