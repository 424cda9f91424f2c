import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import { APOLOGY, type Asker, answer, isPrivate, type SlackDeps } from './answer.ts';
import type { SlackMessage } from './block-kit.ts';
import { isDirectChannel } from './channel-rights.ts';
import { typedText } from './incoming-text.ts';
import { renderSlack } from './render-slack.ts';

/**
 * How long an answer may take and still go back in the acknowledgement itself. Slack drops a
 * command not acknowledged within 3 s; answers come from memory in milliseconds, so this only
 * matters when something is unusually slow, and then the answer follows via `response_url`.
 */
export const ACK_ANSWER_WITHIN_MS = 1500;

type Answered = { messages: SlackMessage[]; private: boolean; command: string | undefined };

function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function asResponse(message: SlackMessage, privately: boolean): RespondArguments {
  return {
    response_type: privately ? 'ephemeral' : 'in_channel',
    text: message.text,
    blocks: message.blocks,
  };
}

function askerOf(command: SlashCommand): Asker {
  return {
    userId: command.user_id,
    channelId: command.channel_id,
    isDirect: isDirectChannel(command.channel_id, command.channel_name),
  };
}

/**
 * Every slash command. The answer goes back in the acknowledgement when it is one message and
 * ready in time: one round trip, and Slack shows the command above a public answer. Otherwise
 * the command is acknowledged empty and the messages follow through `respond()`.
 */
export function handleSlashCommands(app: App, deps: SlackDeps): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    const started = performance.now();
    const asker = askerOf(command);
    const fields = { command: command.command, user: asker.userId, channel: asker.channelId };
    let acked = false;
    try {
      const request = {
        kind: 'slash' as const,
        command: command.command,
        text: typedText(command.text),
      };
      const work = answer(deps, request, asker).then(
        ({ reply, command: name }): Answered => ({
          messages: renderSlack(reply),
          private: isPrivate(reply),
          command: name,
        }),
      );
      const early = await within(work, ACK_ANSWER_WITHIN_MS);
      const [only] = early?.messages ?? [];
      if (early && only && early.messages.length === 1) {
        await ack(asResponse(only, early.private));
        acked = true;
      } else {
        await ack();
        acked = true;
        const done = early ?? (await work);
        for (const message of done.messages) await respond(asResponse(message, done.private));
      }
      const durationMs = Math.round(performance.now() - started);
      deps.log.info({ ...fields, durationMs }, 'slash command answered');
    } catch (error) {
      deps.log.error({ ...fields, err: error }, 'slash command failed');
      const apology: RespondArguments = { response_type: 'ephemeral', text: APOLOGY };
      try {
        if (acked) await respond(apology);
        else await ack(apology);
      } catch (reportError) {
        deps.log.error({ ...fields, err: reportError }, 'could not apologise');
      }
    }
  });
}
