import { afterEach, describe, expect, it } from 'vitest';
import {
  DM_CHANNEL_ID,
  directMessage,
  GUILD_ID,
  slashCommand,
  text,
} from '../../../fakes/discord-payloads.ts';
import { type FakeDiscord, shardFor, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import { loadConfig } from '../../../src/config.ts';
import type { RunningPlatform } from '../../../src/platform.ts';
import { startBot } from '../../helpers/discord-bot.ts';

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const part of running.splice(0).reverse()) await part.stop();
});

async function fakeWithShards(count: number): Promise<FakeDiscord> {
  const fake = await startFakeDiscord({ shards: count });
  running.push({ stop: () => fake.close() });
  return fake;
}

async function bot(fake: FakeDiscord, shards: string): Promise<RunningPlatform> {
  const started = (await startBot(fake, { env: { DISCORD_SHARDS: shards } })).bot;
  running.push(started);
  return started;
}

const interactionCallbacks = (fake: FakeDiscord, id: string) =>
  fake.requests.filter((r) => r.path.includes(`/interactions/${id}/`));
const dmPosts = (fake: FakeDiscord) =>
  fake.requests.filter(
    (r) => r.method === 'POST' && r.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages`,
  );

async function askInGuild(fake: FakeDiscord): Promise<string> {
  const payload = slashCommand('quote', [text('person', 'blinken')]);
  const since = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  await fake.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`), since);
  return payload.id;
}

async function askInDm(fake: FakeDiscord): Promise<void> {
  const since = fake.requests.length;
  fake.dispatch('MESSAGE_CREATE', directMessage('what did blinken say?'));
  await fake.waitFor(
    (r) => r.method === 'POST' && r.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages`,
    since,
  );
}

describe('DISCORD_SHARDS', () => {
  it('reads auto, a count, or a count and this process’s shard ids', () => {
    const shards = (value: string) => loadConfig({ DISCORD_SHARDS: value }).DISCORD_SHARDS;
    expect(shards('auto')).toBe('auto');
    expect(shards('4')).toEqual({ count: 4, ids: [0, 1, 2, 3] });
    expect(shards('4:0,2')).toEqual({ count: 4, ids: [0, 2] });
    for (const bad of ['0', '4:4', '4:1,1', 'two', '4:']) {
      expect(() => loadConfig({ DISCORD_SHARDS: bad }), bad).toThrow(/DISCORD_SHARDS: must be/);
    }
  });
});

describe('a sharded bot against a gateway with two shards', () => {
  it('runs every recommended shard with auto, each identifying as [id, 2]', async () => {
    const fake = await fakeWithShards(2);
    expect(shardFor(GUILD_ID, 2)).toBe(1);
    await bot(fake, 'auto');
    const shards = fake.identifies.map((identify) => identify.shard);
    expect(shards).toHaveLength(2);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    // The guild's interaction arrives on shard 1, the DM on shard 0: both are answered once.
    const id = await askInGuild(fake);
    await askInDm(fake);
    expect(interactionCallbacks(fake, id)).toHaveLength(1);
    expect(dmPosts(fake)).toHaveLength(1);
  });

  it('splits the shards between two processes: guilds on their shard, DMs on shard 0', async () => {
    const fake = await fakeWithShards(2);
    await bot(fake, '2:0');
    await bot(fake, '2:1');
    expect(fake.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const id = await askInGuild(fake);
    await askInDm(fake);
    // Each event reached one process only, so each was answered once.
    expect(interactionCallbacks(fake, id)).toHaveLength(1);
    expect(dmPosts(fake)).toHaveLength(1);
  });

  it('resumes each process on its own shard after a close, and still answers each event once', async () => {
    const fake = await fakeWithShards(2);
    await bot(fake, '2:0');
    await bot(fake, '2:1');
    fake.closeGateway(4000);
    const deadline = Date.now() + 20_000;
    while (!(fake.resumes.length === 2 && fake.shardUp(0) && fake.shardUp(1))) {
      if (Date.now() > deadline) throw new Error('the shards did not resume');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fake.resumes.map((resume) => resume.session_id).sort()).toEqual([
      'fake-session-0',
      'fake-session-1',
    ]);
    const id = await askInGuild(fake);
    await askInDm(fake);
    expect(interactionCallbacks(fake, id)).toHaveLength(1);
    expect(dmPosts(fake)).toHaveLength(1);
  });
});
