import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Message,
  Options,
  Partials,
  RESTEvents,
} from 'discord.js';
import type { DiscordShards } from '../../config.ts';
import { directCaller } from '../../core/caller.ts';
import { createPipeline } from '../../core/pipeline.ts';
import type { Reply } from '../../core/reply.ts';
import type { PlatformOptions, RunningPlatform } from '../../platform.ts';
import { createButtonIds } from './button-ids.ts';
import { createPublish, sendToChannel } from './discord-publish.ts';
import { createInteractionHandler } from './interaction-handler.ts';
import { renderDiscord } from './render-discord.ts';

/**
 * The gateway intents Briefbot asks for: servers (for slash commands in them) and DMs. Neither is
 * privileged; DM text reaches a bot without the Message Content intent.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages];

/**
 * discord.js's caches, without its store of the last 200 messages of every DM conversation:
 * Briefbot reads each DM from its event and never looks back, so that store only grew with the
 * number of people who write to the bot (a soak showed the live heap growing 11% in 15 minutes,
 * mostly cached DM messages).
 */
export const DISCORD_CACHE = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
});

/**
 * discord.js's own sharding (one process runs one or more shards over its gateway manager), from
 * DISCORD_SHARDS. Discord sends a guild's events to shard (guild_id >> 22) % count and every
 * direct message to shard 0, so a process that runs shard 0 answers DMs.
 */
export function shardingOf(shards: DiscordShards | undefined): Partial<ClientOptions> {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: shards.ids, shardCount: shards.count };
}

export interface DiscordOptions extends PlatformOptions {
  /** How long a command may take before its interaction is deferred (tests shorten it). */
  deferAfterMs?: number;
  /** Extra discord.js options (tests pass fast REST timings and a no-wait identify throttler). */
  clientOptions?: Partial<ClientOptions>;
}

/**
 * Connects Briefbot to Discord: slash commands, autocomplete and buttons through interactions, and
 * plain or slash-style text in DMs. Resolves once the bot is ready; rejects if it cannot log in.
 */
export async function startDiscord(options: DiscordOptions): Promise<RunningPlatform> {
  const { config, registry, library, createContext } = options;
  const token = config.DISCORD_TOKEN;
  if (token === undefined) throw new Error('DISCORD_TOKEN is not set');
  const log = options.log.child({ platform: 'discord' });
  const ids = createButtonIds();
  const render = (reply: Reply) => renderDiscord(reply, ids);

  const client = new Client({
    intents: INTENTS,
    // DM channels are not cached in advance; without this partial, DMs are silently dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    makeCache: DISCORD_CACHE,
    ...shardingOf(config.DISCORD_SHARDS),
    ...options.clientOptions,
    rest: {
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
      ...options.clientOptions?.rest,
    },
  });

  const pipeline = createPipeline({
    registry,
    library,
    createContext,
    log,
    ...(options.observe ? { observe: options.observe } : {}),
  });
  const onInteraction = createInteractionHandler({
    registry,
    library,
    pipeline,
    log,
    ids,
    render,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(config.DISCORD_EDITOR_ROLE ? { editorRole: config.DISCORD_EDITOR_ROLE } : {}),
  });

  async function onMessage(message: Message): Promise<void> {
    // Guild messages are not for Briefbot (it reads no channel text), nor are bots, itself included.
    if (message.author.bot || message.author.id === client.user?.id || message.inGuild()) return;
    const text = message.content.trim();
    if (text === '') return;
    const channelId = message.channelId;
    await pipeline(
      {
        caller: directCaller('discord', message.author.id, channelId),
        input: { kind: 'text', text },
      },
      {
        async send(reply) {
          await sendToChannel(client.rest, channelId, render(reply));
        },
        async apologise(apology) {
          const reply: Reply = { blocks: [{ type: 'paragraph', text: apology }], private: true };
          await sendToChannel(client.rest, channelId, render(reply));
        },
      },
    );
  }

  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (warning) => log.warn({ warning }, 'Discord client warning'));
  client.rest.on(RESTEvents.RateLimited, (limit) =>
    log.warn(
      {
        route: limit.route,
        method: limit.method,
        retryAfterMs: limit.retryAfter,
        global: limit.global,
      },
      'rate limited by Discord; waiting',
    ),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  await ready;
  log.info(
    {
      user: client.user?.tag,
      application: client.application?.id,
      guilds: client.guilds.cache.size,
      shards: client.ws.shards.map((shard) => shard.id),
    },
    'connected to Discord',
  );

  let stopped = false;
  return {
    name: 'discord',
    publish: createPublish(client, render, options.pace),
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      log.info('disconnected from Discord');
    },
  };
}
