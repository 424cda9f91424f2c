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
import { dispatchText } from '../../core/dispatch.ts';
import type { Reply } from '../../core/reply.ts';
import type { PlatformOptions, RunningPlatform } from '../../platform.ts';
import { createButtonIds } from './button-ids.ts';
import { createPublish, sendToChannel } from './discord-publish.ts';
import { createInteractionHandler } from './interaction-handler.ts';
import { APOLOGY } from './interaction-responder.ts';
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
    ...options.clientOptions,
    rest: {
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
      ...options.clientOptions?.rest,
    },
  });

  const onInteraction = createInteractionHandler({
    registry,
    library,
    createContext,
    log,
    ids,
    render,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });

  async function onMessage(message: Message): Promise<void> {
    // Guild messages are not for Briefbot (it reads no channel text), nor are bots, itself included.
    if (message.author.bot || message.author.id === client.user?.id || message.inGuild()) return;
    const text = message.content.trim();
    if (text === '') return;
    const started = performance.now();
    const fields = { user: message.author.id, channel: message.channelId, direct: true };
    try {
      const caller = {
        platform: 'discord' as const,
        userId: message.author.id,
        channelId: message.channelId,
        isDirect: true,
        canManageChannel: true,
      };
      const reply = await dispatchText(registry, text, createContext(caller));
      await sendToChannel(client.rest, message.channelId, render(reply));
      const durationMs = Math.round(performance.now() - started);
      log.info({ ...fields, durationMs, error: reply.error?.code }, 'direct message answered');
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      log.error(
        { ...fields, durationMs, err: error, input: text.slice(0, 200) },
        'direct message failed',
      );
      const apology = render({ blocks: [{ type: 'paragraph', text: APOLOGY }], private: true });
      await sendToChannel(client.rest, message.channelId, apology).catch((failure: unknown) =>
        log.error({ ...fields, err: failure }, 'apology failed'),
      );
    }
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
    },
    'connected to Discord',
  );

  let stopped = false;
  return {
    name: 'discord',
    publish: createPublish(client, render),
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      log.info('disconnected from Discord');
    },
  };
}
