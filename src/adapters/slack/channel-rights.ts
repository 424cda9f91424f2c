import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

/**
 * Who may manage a channel's Briefbot settings: workspace admins and owners (from `users.info`),
 * and the users listed in SLACK_DIGEST_ADMINS. Slack has no per-channel manager role that a bot
 * can read, so this is the closest match to Discord's Manage Channels.
 */
export function createChannelRights(
  client: webApi.WebClient,
  admins: readonly string[],
  log: Logger,
): (userId: string) => Promise<boolean> {
  const listed = new Set(admins);
  return async (userId) => {
    if (listed.has(userId)) return true;
    try {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      // Without an answer, the safe default is "no": the person can still act in a DM.
      log.warn({ err: error, user: userId }, 'could not look up channel rights');
      return false;
    }
  };
}

/** Slack conversation ids for DMs start with D; slash commands also say `directmessage`. */
export function isDirectChannel(channelId: string, channelName?: string): boolean {
  return channelId.startsWith('D') || channelName === 'directmessage';
}
