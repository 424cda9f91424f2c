import type { Caller } from '../../core/caller.ts';
import type { Command, ContextFactory } from '../../core/command.ts';
import type { Pipeline } from '../../core/pipeline.ts';
import type { Reply } from '../../core/reply.ts';
import type { Library } from '../../library/library.ts';
import type { Logger } from '../../logger.ts';
import type { SlashCommand } from './slash-commands.ts';

/** What every Slack handler needs to answer someone. */
export interface SlackDeps {
  registry: readonly Command[];
  slash: readonly SlashCommand[];
  library: Library;
  pipeline: Pipeline;
  /** For what is not a request: the Home tab's list of the person's digests. */
  createContext: ContextFactory;
  log: Logger;
  /** Whether a user may manage channel settings (admins, owners, SLACK_DIGEST_ADMINS). */
  canManageChannel(userId: string): Promise<boolean>;
  /** Whether a user may review drafts (admins, owners, SLACK_EDITORS). */
  isEditor(userId: string): Promise<boolean>;
}

/**
 * The caller of a Slack request, and how to look up their channel rights: Slack has no cheap way
 * to know them, so the pipeline asks only when a command needs them, and `canManageChannel`
 * stays false until it does.
 */
export function slackRequester(
  deps: SlackDeps,
  userId: string,
  channelId: string,
  isDirect: boolean,
): {
  caller: Caller;
  channelRights: () => Promise<boolean>;
  editorRights: () => Promise<boolean>;
} {
  return {
    caller: { platform: 'slack', userId, channelId, isDirect, canManageChannel: isDirect },
    channelRights: () => deps.canManageChannel(userId),
    editorRights: () => deps.isEditor(userId),
  };
}

/** Replies only the asker should see: menus, previews and mistakes. */
export function isPrivate(reply: Reply): boolean {
  return reply.private || reply.error !== undefined;
}
