import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import { errorReply } from '../../core/dispatch.ts';
import { groupHelp } from '../../core/group-help.ts';
import { commandTokens, unknownSubcommand } from '../../core/parse-command.ts';
import type { RequestInput, Responder } from '../../core/pipeline.ts';
import type { SlackMessage } from './block-kit.ts';
import { isDirectChannel } from './channel-rights.ts';
import { typedText } from './incoming-text.ts';
import { renderSlack } from './render-slack.ts';
import { isPrivate, type SlackDeps, slackRequester } from './slack-requester.ts';

function asResponse(message: SlackMessage, privately: boolean): RespondArguments {
  return {
    response_type: privately ? 'ephemeral' : 'in_channel',
    text: message.text,
    blocks: message.blocks,
  };
}

/**
 * The registry command a slash command runs: `/quote` runs `quote`; `/digest subscribe …` runs
 * `digest subscribe`; `/digest` alone, or with a subcommand that does not exist, lists the group.
 */
function inputOf(deps: SlackDeps, command: SlashCommand): RequestInput {
  const words = commandTokens(typedText(command.text));
  const name = command.command.slice(1);
  const slash = deps.slash.find((s) => s.command === command.command);
  if (slash === undefined) return { kind: 'command', name, words };
  const sub = `${name} ${words[0]?.toLowerCase() ?? ''}`;
  if (slash.commands.some((c) => c.name === sub)) {
    return { kind: 'command', name: sub, words: words.slice(1) };
  }
  if (slash.commands.some((c) => c.name === name)) return { kind: 'command', name, words };
  const [first] = words;
  return {
    kind: 'answer',
    reply:
      first === undefined
        ? groupHelp(name, slash.commands)
        : errorReply(unknownSubcommand(name, first, slash.commands)),
  };
}

/**
 * Every slash command. The answer goes back in the acknowledgement when it is one message and
 * ready in time: one round trip, and Slack shows the command above a public answer. Otherwise
 * the command is acknowledged empty and the messages follow through `respond()`.
 */
export function handleSlashCommands(app: App, deps: SlackDeps): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    let acked = false;
    const responder: Responder = {
      async defer() {
        await ack();
        acked = true;
      },
      async send(reply) {
        const messages = renderSlack(reply);
        const privately = isPrivate(reply);
        const [only] = messages;
        if (!acked && only && messages.length === 1) {
          await ack(asResponse(only, privately));
          acked = true;
          return;
        }
        if (!acked) {
          await ack();
          acked = true;
        }
        for (const message of messages) await respond(asResponse(message, privately));
      },
      async apologise(text) {
        const apology: RespondArguments = { response_type: 'ephemeral', text };
        if (acked) await respond(apology);
        else await ack(apology);
        acked = true;
      },
    };
    const isDirect = isDirectChannel(command.channel_id, command.channel_name);
    await deps.pipeline(
      {
        ...slackRequester(deps, command.user_id, command.channel_id, isDirect),
        input: inputOf(deps, command),
        fields: { slash: command.command },
      },
      responder,
    );
  });
}
