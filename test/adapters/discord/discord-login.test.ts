import { GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import { startBot, TOKEN } from '../../helpers/discord-bot.ts';

let fake: FakeDiscord | undefined;
let stop: (() => Promise<void>) | undefined;

afterEach(async () => {
  await stop?.();
  await fake?.close();
  stop = undefined;
  fake = undefined;
});

describe('logging in to Discord', () => {
  it('identifies with the token and exactly the Guilds and DirectMessages intents, then is ready', async () => {
    fake = await startFakeDiscord();
    const { bot, logs, logText } = await startBot(fake);
    stop = bot.stop;
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]?.token).toBe(TOKEN);
    expect(fake.identifies[0]?.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages,
    );
    expect(logs().some((line) => line.msg === 'connected to Discord')).toBe(true);
    expect(logText()).not.toContain(TOKEN);
  });
});
