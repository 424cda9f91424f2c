import { type Command, type CommandContext, needsChannelRights } from './command.ts';
import { missingNameMenu } from './complete.ts';
import { parseText } from './parse-text.ts';
import type { Block, Invocation, Reply } from './reply.ts';
import { UserError } from './user-error.ts';

/** A user's mistake as a reply: private, with its code, the message and what to try instead. */
export function errorReply(error: UserError): Reply {
  const blocks: Block[] = [{ type: 'paragraph', text: error.message }];
  if (error.choices.length > 0) {
    blocks.push({ type: 'choices', prompt: error.hint ?? 'Did you mean:', choices: error.choices });
  } else if (error.hint) {
    blocks.push({ type: 'paragraph', text: error.hint });
  }
  return { blocks, private: true, error: { code: error.code } };
}

/**
 * Runs an invocation through the registry. User errors come back as error replies; anything else
 * is a bug and is thrown for the adapter to log and apologise for.
 */
export async function dispatch(
  registry: readonly Command[],
  invocation: Invocation,
  context: CommandContext,
): Promise<Reply> {
  try {
    const command = registry.find((c) => c.name === invocation.command);
    if (command === undefined) {
      throw new UserError('unknown_command', `There is no /${invocation.command} command.`, {
        hint: 'Try /help for the list of commands.',
      });
    }
    const { caller } = context;
    if (needsChannelRights(command, caller) && !caller.canManageChannel) {
      throw new UserError(
        'not_allowed',
        `Only people who can manage this channel can use /${command.name} here. You can use it in a direct message with me for yourself.`,
      );
    }
    if (command.access === 'editor' && caller.isEditor !== true) {
      throw new UserError(
        'not_editor',
        `Only editors can use /${command.name}. Drafts are checked by an editor before anyone reads them.`,
      );
    }
    const menu = missingNameMenu(command, invocation.args, context.library);
    if (menu) return menu;
    return await command.run(invocation.args, context);
  } catch (error) {
    if (error instanceof UserError) return errorReply(error);
    throw error;
  }
}

/** Answers free text (a DM, a console line): parses it, then dispatches it. */
export async function dispatchText(
  registry: readonly Command[],
  text: string,
  context: CommandContext,
): Promise<Reply> {
  let invocation: Invocation;
  try {
    invocation = parseText(text, registry, context.library);
  } catch (error) {
    if (error instanceof UserError) return errorReply(error);
    throw error;
  }
  return dispatch(registry, invocation, context);
}
