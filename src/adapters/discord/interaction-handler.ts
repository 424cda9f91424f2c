import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  ModalSubmitInteraction,
} from 'discord.js';
import { argSpecs, type Command } from '../../core/command.ts';
import { MAX_SUGGESTIONS, suggest } from '../../core/complete.ts';
import type { Pipeline } from '../../core/pipeline.ts';
import type { Invocation, Reply } from '../../core/reply.ts';
import type { Library } from '../../library/library.ts';
import type { Logger } from '../../logger.ts';
import { askedValue, askModal } from './ask-modal.ts';
import type { ButtonIds } from './button-ids.ts';
import { cutText } from './fit-text.ts';
import { callerOf, invocationOf, typedArgs } from './interaction-input.ts';
import { type AnswerMode, createResponder, replyOptions } from './interaction-responder.ts';
import type { DiscordMessage } from './render-discord.ts';

/** Discord's limit on an autocomplete choice's name and value. */
export const MAX_CHOICE_TEXT = 100;

/** The answer to a button whose invocation is no longer remembered. */
export const EXPIRED = 'This button has expired. Run the command again.';

/** What the interaction handler works with; `render` turns a reply into Discord messages. */
export interface InteractionDeps {
  registry: readonly Command[];
  library: Library;
  pipeline: Pipeline;
  log: Logger;
  ids: ButtonIds;
  /** The name of the server role whose members may review drafts, besides Manage Server. */
  editorRole?: string;
  render: (reply: Reply) => DiscordMessage[];
  deferAfterMs?: number;
}

/**
 * Answers every interaction Briefbot receives: slash commands and button clicks through the
 * request pipeline, autocomplete directly. It never throws.
 */
export function createInteractionHandler(deps: InteractionDeps) {
  const { registry, library, pipeline, log, ids, render } = deps;
  const find = (name: string) => registry.find((command) => command.name === name);

  function run(
    interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
    invocation: Invocation,
    mode: AnswerMode,
  ): Promise<void> {
    return pipeline(
      {
        caller: callerOf(interaction, deps.editorRole),
        input: { kind: 'invocation', invocation },
        ...(interaction.isButton() || interaction.isModalSubmit()
          ? { fields: { button: interaction.customId } }
          : {}),
      },
      createResponder(interaction, render, mode, deps.deferAfterMs),
    );
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const { command: name } = invocationOf(interaction);
    const focused = interaction.options.getFocused(true);
    const command = find(name);
    const spec = command && argSpecs(command).find((s) => s.name === focused.name);
    const choices = spec?.complete
      ? suggest(library, spec.complete, String(focused.value), MAX_SUGGESTIONS)
      : [];
    await interaction.respond(
      choices
        .filter((choice) => choice.value.length <= MAX_CHOICE_TEXT)
        .map((choice) => ({ name: cutText(choice.label, MAX_CHOICE_TEXT), value: choice.value })),
    );
  }

  async function expired(interaction: ButtonInteraction | ModalSubmitInteraction): Promise<void> {
    const [message] = render({ blocks: [{ type: 'paragraph', text: EXPIRED }], private: true });
    if (message) await interaction.reply(replyOptions(message));
  }

  /** The answer to a modal asking for an argument: the command, run with what was typed. */
  async function modal(interaction: ModalSubmitInteraction): Promise<void> {
    const press = ids.decode(interaction.customId);
    if (press === undefined || press === 'expired' || press.ask === undefined)
      return expired(interaction);
    const { command, args } = press.invocation;
    const value = askedValue(interaction, press.ask);
    const withValue = value === undefined ? args : { ...args, [press.ask]: value };
    await run(interaction, { command, args: typedArgs(find(command), withValue) }, 'new');
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const press = ids.decode(interaction.customId);
    if (press === undefined || press === 'expired') return expired(interaction);
    const { command, args } = press.invocation;
    const invocation = { command, args: typedArgs(find(command), args) };
    if (press.action === 'ask' && press.ask) {
      // Someone who may not run the command is refused at once, not after filling in a form:
      // run without the argument, and dispatch's access check answers first.
      const allowed =
        find(command)?.access !== 'editor' || callerOf(interaction, deps.editorRole).isEditor;
      if (allowed) {
        await interaction.showModal(askModal(interaction.customId, find(command), press.ask));
        return;
      }
    }
    // A page turn shows another page of the same answer, so it replaces the message it is on.
    // A choice asks something new: it gets a message of its own, public or private as the
    // answer itself is, and the message with the buttons stays as it was for everyone else.
    await run(interaction, invocation, press.action === 'page' ? 'update' : 'new');
  }

  return async (interaction: Interaction): Promise<void> => {
    try {
      if (interaction.isChatInputCommand())
        await run(interaction, invocationOf(interaction), 'new');
      else if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isButton()) await button(interaction);
      else if (interaction.isModalSubmit()) await modal(interaction);
    } catch (error) {
      log.error(
        { err: error, user: interaction.user.id, channel: interaction.channelId },
        'interaction failed',
      );
    }
  };
}
