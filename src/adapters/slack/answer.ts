import type { Caller, Command, ContextFactory } from '../../core/command.ts';
import { dispatch, errorReply } from '../../core/dispatch.ts';
import type { Library } from '../../core/library.ts';
import { parseCommand } from '../../core/parse-command.ts';
import { parseText } from '../../core/parse-text.ts';
import type { Invocation, Reply } from '../../core/reply.ts';
import { UserError } from '../../core/user-error.ts';
import type { Logger } from '../../logger.ts';
import { groupHelp, type SlashCommand } from './slash-commands.ts';

/** What every Slack handler needs to answer someone. */
export interface SlackDeps {
  registry: readonly Command[];
  slash: readonly SlashCommand[];
  library: Library;
  createContext: ContextFactory;
  log: Logger;
  /** Whether a user may manage channel settings (admins, owners, SLACK_DIGEST_ADMINS). */
  canManageChannel(userId: string): Promise<boolean>;
}

/** What someone asked: a slash command with its text, free text, or a button's invocation. */
export type Request =
  | { kind: 'slash'; command: string; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'invocation'; invocation: Invocation };

/** Who asked, before Briefbot knows whether it needs their channel rights. */
export type Asker = Omit<Caller, 'platform' | 'canManageChannel'>;

function parse(deps: SlackDeps, request: Request): Invocation | Reply {
  try {
    switch (request.kind) {
      case 'invocation':
        return request.invocation;
      case 'text':
        return parseText(request.text, deps.registry, deps.library);
      case 'slash': {
        const slash = deps.slash.find((s) => s.command === request.command);
        const word = request.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
        const name = request.command.slice(1);
        const runs = slash?.commands.some((c) => c.name === name || c.name === `${name} ${word}`);
        if (slash && !runs) return groupHelp(slash);
        return parseCommand(`${request.command} ${request.text}`, deps.registry, deps.library);
      }
    }
  } catch (error) {
    if (error instanceof UserError) return errorReply(error);
    throw error;
  }
}

/**
 * Parses and runs a request. User errors come back as private replies; anything else is thrown
 * for the handler to log and apologise for. Channel rights are looked up only for a command
 * that needs them, in a channel, so most requests cost no extra Slack call.
 */
export async function answer(
  deps: SlackDeps,
  request: Request,
  asker: Asker,
): Promise<{ reply: Reply; command: string | undefined }> {
  const parsed = parse(deps, request);
  if (!('command' in parsed)) return { reply: parsed, command: undefined };
  const command = deps.registry.find((c) => c.name === parsed.command);
  const needsRights = command?.access === 'manage-channel' && !asker.isDirect;
  const canManageChannel = needsRights ? await deps.canManageChannel(asker.userId) : false;
  const context = deps.createContext({ platform: 'slack', ...asker, canManageChannel });
  return { reply: await dispatch(deps.registry, parsed, context), command: parsed.command };
}

/** The words shown when something broke; the details are in the log, not in Slack. */
export const APOLOGY = 'Sorry, something went wrong answering that. It has been logged.';

/** Replies only the asker should see: menus, previews and mistakes. */
export function isPrivate(reply: Reply): boolean {
  return reply.private || reply.error !== undefined;
}
