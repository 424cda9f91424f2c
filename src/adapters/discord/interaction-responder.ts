import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  ModalSubmitInteraction,
} from 'discord.js';
import type { Responder } from '../../core/pipeline.ts';
import type { Reply } from '../../core/reply.ts';
import type { DiscordMessage } from './render-discord.ts';

type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * `new`: answer with a new message (slash commands, choice buttons). `update`: replace the message
 * the button is on (page turns), unless the answer is an error, which goes to the clicker alone.
 */
export type AnswerMode = 'new' | 'update';

/** A rendered message as discord.js takes it for a reply or follow-up. */
export function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
    ...(message.flags ? { flags: message.flags } : {}),
  };
}

function editOptions(message: DiscordMessage): InteractionEditReplyOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
  };
}

/**
 * The pipeline's responder for one interaction, keeping track of what has been sent so that every
 * later message (the rest of a long reply, or an apology) goes the way Discord still accepts.
 */
export function createResponder(
  interaction: Answerable,
  render: (reply: Reply) => DiscordMessage[],
  mode: AnswerMode,
  deferAfterMs?: number,
): Responder {
  let state: 'none' | 'deferred' | 'deferred-update' | 'replied' = 'none';

  const followUps = async (messages: DiscordMessage[]) => {
    for (const message of messages) await interaction.followUp(replyOptions(message));
  };

  return {
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
    async defer() {
      if (mode === 'update' && interaction.isButton()) {
        await interaction.deferUpdate();
        state = 'deferred-update';
      } else {
        // Most answers are public; a private one replaces this by an ephemeral follow-up.
        await interaction.deferReply();
        state = 'deferred';
      }
    },

    async send(reply) {
      const [first, ...rest] = render(reply);
      if (first === undefined) return;
      const updating = mode === 'update' && !reply.error && interaction.isButton();
      if (state === 'none') {
        if (updating && interaction.isButton()) await interaction.update(editOptions(first));
        else await interaction.reply(replyOptions(first));
        state = 'replied';
        await followUps(rest);
      } else if (state === 'deferred' && reply.private) {
        await interaction.deleteReply();
        state = 'replied';
        await followUps([first, ...rest]);
      } else if (state === 'deferred' || updating) {
        await interaction.editReply(editOptions(first));
        state = 'replied';
        await followUps(rest);
      } else {
        state = 'replied';
        await followUps([first, ...rest]);
      }
    },

    /** Tells the user, privately, that something broke, by whatever way is still open. */
    async apologise(text) {
      const [apology] = render({ blocks: [{ type: 'paragraph', text }], private: true });
      if (apology === undefined) return;
      if (state === 'none') {
        await interaction.reply(replyOptions(apology));
      } else {
        // A public "thinking…" message would otherwise stay up for good.
        if (state === 'deferred') await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(replyOptions(apology));
      }
      state = 'replied';
    },
  };
}
