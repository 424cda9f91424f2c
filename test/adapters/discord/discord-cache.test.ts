import {
  ChannelManager,
  DMMessageManager,
  LimitedCollection,
  Message,
  MessageManager,
  UserManager,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_CACHE } from '../../../src/adapters/discord/discord-bot.ts';

type Factory = (type: unknown, holds: unknown, manager: unknown) => unknown;
const make = DISCORD_CACHE as unknown as Factory;

describe('the discord.js caches Briefbot asks for', () => {
  it('keep no DM messages, which Briefbot reads from their events only', () => {
    const messages = make(MessageManager, Message, DMMessageManager);
    expect(messages).toBeInstanceOf(LimitedCollection);
    expect((messages as LimitedCollection<string, unknown>).maxSize).toBe(0);
  });

  it('leave the other caches as discord.js keeps them', () => {
    expect(make(ChannelManager, undefined, ChannelManager)).not.toBeInstanceOf(LimitedCollection);
    expect(make(UserManager, undefined, UserManager)).not.toBeInstanceOf(LimitedCollection);
  });
});
