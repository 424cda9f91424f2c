import type { App, BlockAction, RespondArguments } from '@slack/bolt';
import { ACTION_PREFIX, decodeInvocation } from './action-value.ts';
import { APOLOGY, type Asker, answer, isPrivate, type SlackDeps } from './answer.ts';
import { isDirectChannel } from './channel-rights.ts';
import { postMessages } from './publish-slack.ts';
import { renderSlack } from './render-slack.ts';

function chosenValue(action: BlockAction['actions'][number]): string | undefined {
  if (action.type === 'button') return action.value;
  if (action.type === 'static_select') return action.selected_option?.value;
  return undefined;
}

function askerOf(body: BlockAction): Asker {
  const channelId = body.channel?.id ?? body.container?.channel_id;
  // No channel: a button in the person's own Home tab, answered in their DM.
  if (channelId === undefined)
    return { userId: body.user.id, channelId: body.user.id, isDirect: true };
  return {
    userId: body.user.id,
    channelId,
    isDirect: isDirectChannel(channelId, body.channel?.name),
  };
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
      const asker = askerOf(body);
      const fields = { action: action.action_id, user: asker.userId, channel: asker.channelId };
      const invocation = decodeInvocation(chosenValue(action));
      if (invocation === undefined) {
        deps.log.warn(fields, 'action with an unreadable value ignored');
        return;
      }
      const started = performance.now();
      try {
        const { reply } = await answer(deps, { kind: 'invocation', invocation }, asker);
        const messages = renderSlack(reply);
        const paging = action.action_id.startsWith(`${ACTION_PREFIX}page-`);
        if (body.response_url) {
          for (const [index, message] of messages.entries()) {
            const response: RespondArguments = {
              response_type: isPrivate(reply) ? 'ephemeral' : 'in_channel',
              replace_original: paging && index === 0,
              text: message.text,
              blocks: message.blocks,
            };
            await respond(response);
          }
        } else {
          const dm = await client.conversations.open({ users: asker.userId });
          await postMessages(client, dm.channel?.id ?? asker.userId, messages);
        }
        const durationMs = Math.round(performance.now() - started);
        deps.log.info({ ...fields, command: invocation.command, durationMs }, 'action answered');
      } catch (error) {
        deps.log.error({ ...fields, err: error }, 'action failed');
        if (body.response_url) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: APOLOGY,
          }).catch((reportError: unknown) =>
            deps.log.error({ ...fields, err: reportError }, 'could not apologise'),
          );
        }
      }
    },
  );
}
