import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a channel to post there unprompted (scheduled digests): see the channel,
 * send messages (in threads too), show its replies as embeds, and read the channel's history.
 * Slash command replies need none of these, since an interaction reply is a webhook, and DMs need
 * no server permission. Use Application Commands is left out: it decides which members may use
 * commands, not what the bot may do; the `applications.commands` scope makes the commands appear.
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]).bitfield;

/** The scopes a server admin grants when adding Briefbot: the bot user and its slash commands. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands];

/** The link that adds Briefbot to a server with the scopes and permissions above. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: INVITE_SCOPES.join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query}`;
}
