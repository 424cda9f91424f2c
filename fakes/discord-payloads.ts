import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';

/** Ids in the fake Discord: snowflakes of 18-19 digits, as the real ones (and discord.js's rate-limit buckets) expect. */
export const BOT = {
  id: '1100000000000000001',
  username: 'Briefbot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const APPLICATION_ID = BOT.id;
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1300000000000000001';
export const USER = {
  id: '1400000000000000001',
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};
export const DM_CHANNEL_ID = '1500000000000000001';
/** Every permission bit that matters here, as a member with Manage Channels would have. */
export const ADMIN_PERMISSIONS = '2147483647';
/** View Channel, Send Messages, Read Message History, Use Application Commands: no Manage Channels. */
export const MEMBER_PERMISSIONS = String(2 ** 10 + 2 ** 11 + 2 ** 16 + 2 ** 31);

let next = 1_600_000_000_000_000_000n;
export function snowflake(): string {
  next += 1n;
  return next.toString();
}

/** The guild as GUILD_CREATE sends it, with one text channel. */
export const GUILD = {
  id: GUILD_ID,
  name: 'Newsroom',
  icon: null,
  owner_id: USER.id,
  unavailable: false,
  member_count: 2,
  large: false,
  features: [],
  roles: [],
  emojis: [],
  stickers: [],
  members: [],
  presences: [],
  voice_states: [],
  threads: [],
  stage_instances: [],
  guild_scheduled_events: [],
  joined_at: '2024-07-20T00:00:00.000Z',
  channels: [
    {
      id: CHANNEL_ID,
      type: 0,
      name: 'news',
      guild_id: GUILD_ID,
      position: 0,
      permission_overwrites: [],
    },
  ],
};

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number;
  focused?: boolean;
  options?: CommandOption[];
}

export interface Where {
  /** In a DM with the bot instead of the guild channel. */
  dm?: boolean;
  /** The member's permissions in the channel (a bit string). */
  permissions?: string;
}

/** The fields every interaction carries, in the guild channel or in a DM. */
function base(type: number, where: Where = {}) {
  const place = where.dm
    ? { channel: { id: DM_CHANNEL_ID, type: 1 }, channel_id: DM_CHANNEL_ID, user: USER, context: 1 }
    : {
        guild_id: GUILD_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
        channel_id: CHANNEL_ID,
        member: {
          user: USER,
          roles: [],
          permissions: where.permissions ?? MEMBER_PERMISSIONS,
          joined_at: '2024-07-20T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: 'en-GB',
        context: 0,
      };
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    locale: 'en-GB',
    app_permissions: '2147483647',
    // Without these two, discord.js throws inside its gateway handler.
    entitlements: [],
    authorizing_integration_owners: {},
    ...place,
  };
}

/** INTERACTION_CREATE for a slash command. */
export function slashCommand(name: string, options: CommandOption[] = [], where?: Where) {
  return { ...base(2, where), data: { id: snowflake(), name, type: 1, options } };
}

/** INTERACTION_CREATE for autocomplete: `options` has one option with `focused: true`. */
export function autocomplete(name: string, options: CommandOption[], where?: Where) {
  return { ...base(4, where), data: { id: snowflake(), name, type: 1, options } };
}

/** INTERACTION_CREATE for a click on a button of a message the bot sent. */
export function buttonClick(customId: string, where?: Where) {
  const interaction = base(3, where);
  return {
    ...interaction,
    message: {
      id: snowflake(),
      channel_id: interaction.channel_id,
      type: 0,
      author: BOT,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: '2024-07-20T00:00:00.000Z',
      edited_timestamp: null,
      flags: 0,
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

/** INTERACTION_CREATE for a submitted modal: one text input per entry of `values`. */
export function modalSubmit(customId: string, values: Record<string, string>, where?: Where) {
  return {
    ...base(5, where),
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}

/** MESSAGE_CREATE for a DM sent to the bot. */
export function directMessage(content: string, author: Record<string, unknown> = USER) {
  return {
    id: snowflake(),
    channel_id: DM_CHANNEL_ID,
    channel_type: 1,
    type: 0,
    author,
    content,
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
}

/** A string option, as Discord sends it. */
export const text = (name: string, value: string, focused = false): CommandOption =>
  focused ? { name, type: 3, value, focused } : { name, type: 3, value };
/** An integer option. */
export const integer = (name: string, value: number): CommandOption => ({ name, type: 4, value });

/** A message body as the bot sends it (callback data, webhook or channel message). */
export interface SentMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions?: { parse: string[] };
  flags?: number;
  /** Autocomplete callbacks carry choices instead. */
  choices?: { name: string; value: string }[];
}

/** An interaction callback body: the response type and its data. */
export interface Callback {
  type: number;
  data: SentMessage;
}

/** The message's embed at `index` (the last for -1); throws, showing the message, if absent. */
export function embedOf(message: SentMessage, index = 0): APIEmbed {
  const embed = message.embeds.at(index);
  if (embed === undefined) throw new Error(`no embed ${index} in ${JSON.stringify(message)}`);
  return embed;
}

/** The labels of the message's buttons, row after row. */
export function labelsOf(message: SentMessage): (string | undefined)[] {
  return message.components.flatMap((row) => row.components.map((button) => button.label));
}

/** A message object as Discord returns it for a created or edited message. */
export function messageFrom(channelId: string, body: unknown, id = snowflake()): unknown {
  const sent = (body ?? {}) as Record<string, unknown>;
  return {
    id,
    // Discord echoes a message's nonce back, as created.
    ...(sent.nonce !== undefined ? { nonce: sent.nonce } : {}),
    channel_id: channelId,
    type: 0,
    author: BOT,
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    components: sent.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: sent.flags ?? 0,
    ...(sent.nonce !== undefined ? { nonce: sent.nonce } : {}),
  };
}
