import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
} from 'discord.js';
import type { Reply } from '../../core/reply.ts';
import type { DiscordMessage } from './render-discord.ts';

/**
 * Discord drops an interaction not answered within 3 s. The core answers in milliseconds, so the
 * answer normally goes out directly; past this point the interaction is deferred instead, and the
 * answer replaces the "thinking…" message when it comes.
 */
export const DEFER_AFTER_MS = 1500;

/** The short apology for an unexpected error; the details go to the log, not to the user. */
export const APOLOGY =
  'Sorry, something went wrong answering that. It has been logged; please try again.';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

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
 * Answers one interaction, keeping track of what has been sent so that every later message (the
 * rest of a long reply, or an apology) goes the way Discord still accepts.
 */
export function createResponder(
  interaction: Answerable,
  render: (reply: Reply) => DiscordMessage[],
  deferAfterMs = DEFER_AFTER_MS,
) {
  let state: 'none' | 'deferred' | 'deferred-update' | 'replied' = 'none';

  const followUps = async (messages: DiscordMessage[]) => {
    for (const message of messages) await interaction.followUp(replyOptions(message));
  };

  return {
    /** Sends the reply that `work` resolves to, deferring first if it takes too long. */
    async answer(work: Promise<Reply>, mode: AnswerMode): Promise<Reply> {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), deferAfterMs);
      });
      const early = await Promise.race([work.then((reply) => ({ reply })), late]).finally(() =>
        clearTimeout(timer),
      );
      if (early === undefined) {
        if (mode === 'update' && interaction.isButton()) {
          await interaction.deferUpdate();
          state = 'deferred-update';
        } else {
          // Most answers are public; a private one replaces this by an ephemeral follow-up.
          await interaction.deferReply();
          state = 'deferred';
        }
      }
      const reply = early?.reply ?? (await work);
      const [first, ...rest] = render(reply);
      if (first === undefined) return reply;
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
      return reply;
    },

    /** Tells the user, privately, that something broke, by whatever way is still open. */
    async apologise(): Promise<void> {
      const [apology] = render({ blocks: [{ type: 'paragraph', text: APOLOGY }], private: true });
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
