import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import { argSpecs, type Command } from '../../core/command.ts';
import { cutText } from './fit-text.ts';

/** Discord's limits on a modal's title and a text input's label. */
export const MAX_MODAL_TITLE = 45;
export const MAX_INPUT_LABEL = 45;
/** What a text input holds at most when the argument names no limit (Discord allows 4000). */
const MAX_INPUT = 1000;

/**
 * The modal that asks for one argument of a command before it runs (a reason to reject). Its
 * custom_id is the button's own, so the submission carries the invocation back.
 */
export function askModal(
  customId: string,
  command: Command | undefined,
  arg: string,
): APIModalInteractionResponseCallbackData {
  const spec = command ? argSpecs(command).find((s) => s.name === arg) : undefined;
  const name = command?.name ?? 'command';
  return {
    custom_id: customId,
    title: cutText(`/${name}`, MAX_MODAL_TITLE),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: arg,
            label: cutText(spec?.description ?? arg, MAX_INPUT_LABEL),
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: Math.min(spec?.maxLength ?? MAX_INPUT, MAX_INPUT),
          },
        ],
      },
    ],
  };
}

/** What was typed into the modal's one input, or undefined if the input is not there. */
export function askedValue(interaction: ModalSubmitInteraction, arg: string): string | undefined {
  try {
    return interaction.fields.getTextInputValue(arg);
  } catch {
    return undefined;
  }
}
