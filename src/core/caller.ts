/** Who is asking, and from where; adapters fill this in from the platform's event. */
export interface Caller {
  platform: 'console' | 'discord' | 'slack';
  userId: string;
  /** The channel or DM the request came from, where replies and subscriptions belong. */
  channelId: string;
  isDirect: boolean;
  /** Whether the platform says this person may manage the channel's settings. */
  canManageChannel: boolean;
  /**
   * Whether this person may review drafts (`/review`): always in the console; on Discord and
   * Slack only where the adapter has established it. Absent means no.
   */
  isEditor?: boolean;
}

/**
 * Someone in their own conversation with the bot (a DM, the console, a Slack Home tab): they
 * manage it, so every command is open to them for themselves.
 */
export function directCaller(
  platform: Caller['platform'],
  userId: string,
  channelId: string,
): Caller {
  // Whoever runs the console runs the bot and edits its folder; a chat DM grants no such right.
  const isEditor = platform === 'console';
  return { platform, userId, channelId, isDirect: true, canManageChannel: true, isEditor };
}
