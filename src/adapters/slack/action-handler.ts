import type { App, BlockAction, RespondArguments } from '@slack/bolt';
import { ACTION_PREFIX, askOf, decodeInvocation } from './action-value.ts';
import { openAskModal } from './ask-modal.ts';
import { isDirectChannel } from './channel-rights.ts';
import { postMessages } from './publish-slack.ts';
import { renderSlack } from './render-slack.ts';
import { isPrivate, type SlackDeps, slackRequester } from './slack-requester.ts';

function chosenValue(action: BlockAction['actions'][number]): string | undefined {
  if (action.type === 'button') return action.value;
  if (action.type === 'static_select') return action.selected_option?.value;
  return undefined;
}

/** Who pressed; with no channel, it was a button in their own Home tab, answered in their DM. */
function requesterOf(deps: SlackDeps, body: BlockAction) {
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (channelId === undefined) return slackRequester(deps, body.user.id, body.user.id, true);
  const isDirect = isDirectChannel(channelId, body.channel?.name);
  return slackRequester(deps, body.user.id, channelId, isDirect);
}

/**
 * Every Briefbot button and menu: the value holds the invocation to run, so one handler answers
 * them all. A page button replaces the page it was on; a choice answers in a new message. Where
 * Slack gives no `response_url` (the Home tab), the answer goes to the person's DM.
 */
export function handleActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(
    new RegExp(`^${ACTION_PREFIX}`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const requester = requesterOf(deps, body);
      const { caller } = requester;
      const fields = { action: action.action_id };
      const invocation = decodeInvocation(chosenValue(action));
      if (invocation === undefined) {
        deps.log.warn(
          { ...fields, user: caller.userId, channel: caller.channelId },
          'action with an unreadable value ignored',
        );
        return;
      }
      const ask = action.action_id.startsWith(`${ACTION_PREFIX}ask-`)
        ? askOf(chosenValue(action))
        : undefined;
      if (ask !== undefined) {
        // Someone who may not run the command is refused at once, not after filling in a form:
        // the pipeline below answers them without the argument, access first.
        const command = deps.registry.find((c) => c.name === invocation.command);
        const allowed = command?.access !== 'editor' || (await requester.editorRights());
        if (allowed) {
          await openAskModal(client, deps, {
            triggerId: body.trigger_id,
            invocation,
            ask,
            channel: caller.channelId,
            isDirect: caller.isDirect,
          });
          return;
        }
      }
      const paging = action.action_id.startsWith(`${ACTION_PREFIX}page-`);
      await deps.pipeline(
        { ...requester, input: { kind: 'invocation', invocation }, fields },
        {
          async send(reply) {
            const messages = renderSlack(reply);
            if (!body.response_url) {
              const dm = await client.conversations.open({ users: caller.userId });
              await postMessages(client, dm.channel?.id ?? caller.userId, messages);
              return;
            }
            for (const [index, message] of messages.entries()) {
              const response: RespondArguments = {
                response_type: isPrivate(reply) ? 'ephemeral' : 'in_channel',
                replace_original: paging && index === 0,
                text: message.text,
                blocks: message.blocks,
              };
              await respond(response);
            }
          },
          async apologise(text) {
            if (body.response_url) {
              await respond({ response_type: 'ephemeral', replace_original: false, text });
            }
          },
        },
      );
    },
  );
}
