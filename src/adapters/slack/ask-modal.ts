import type { App, types, webApi } from '@slack/bolt';
import { z } from 'zod';
import { argSpecs } from '../../core/command.ts';
import type { Invocation } from '../../core/reply.ts';
import { postMessages } from './publish-slack.ts';
import { renderSlack } from './render-slack.ts';
import { isPrivate, type SlackDeps, slackRequester } from './slack-requester.ts';
import { escapeText, fitText } from './slack-text.ts';

/** The callback_id of every modal that asks for a command's argument. */
export const ASK_CALLBACK = 'briefbot:ask';
/** Slack's caps on a modal's title and an input block's label. */
export const MODAL_TITLE_MAX = 24;
export const INPUT_LABEL_MAX = 2000;
/** What the input holds at most when the argument names no limit (Slack allows 3000). */
const INPUT_MAX = 1000;

/** What the modal carries back to the submission: the command, and where it was asked. */
const metadataSchema = z.object({
  command: z.string().min(1).max(100),
  args: z.record(z.string(), z.union([z.string(), z.number()])),
  ask: z.string().regex(/^[a-z]+$/),
  channel: z.string().min(1).max(50),
  isDirect: z.boolean(),
});

/** Opens the modal that asks for one argument of `invocation` before it runs. */
export async function openAskModal(
  client: webApi.WebClient,
  deps: SlackDeps,
  options: {
    triggerId: string;
    invocation: Invocation;
    ask: string;
    channel: string;
    isDirect: boolean;
  },
): Promise<void> {
  const { invocation, ask } = options;
  const command = deps.registry.find((c) => c.name === invocation.command);
  const spec = command ? argSpecs(command).find((s) => s.name === ask) : undefined;
  const view: types.ModalView = {
    type: 'modal',
    callback_id: ASK_CALLBACK,
    title: {
      type: 'plain_text',
      text: fitText(`/${invocation.command}`, MODAL_TITLE_MAX, escapeText),
    },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify({
      command: invocation.command,
      args: invocation.args,
      ask,
      channel: options.channel,
      isDirect: options.isDirect,
    }),
    blocks: [
      {
        type: 'input',
        block_id: 'ask',
        label: {
          type: 'plain_text',
          text: fitText(spec?.description ?? ask, INPUT_LABEL_MAX, escapeText),
        },
        element: {
          type: 'plain_text_input',
          action_id: ask,
          multiline: true,
          max_length: Math.min(spec?.maxLength ?? INPUT_MAX, INPUT_MAX),
        },
      },
    ],
  };
  await client.views.open({ trigger_id: options.triggerId, view });
}

/**
 * Answers a submitted ask modal: the command runs through the pipeline with what was typed, as
 * if it had been typed with it. Slack gives a view submission no response_url, so the answer is
 * posted in the channel the button was in: privately to the submitter when the reply is private.
 */
export function handleAskModals(app: App, deps: SlackDeps): void {
  app.view(ASK_CALLBACK, async ({ ack, body, view, client }) => {
    await ack();
    const parsed = metadataSchema.safeParse(
      (() => {
        try {
          return JSON.parse(view.private_metadata);
        } catch {
          return undefined;
        }
      })(),
    );
    if (!parsed.success) {
      deps.log.warn({ user: body.user.id }, 'modal with unreadable metadata ignored');
      return;
    }
    const { command, args, ask, channel, isDirect } = parsed.data;
    const value = view.state.values.ask?.[ask]?.value ?? undefined;
    const invocation = { command, args: value ? { ...args, [ask]: value } : args };
    const requester = slackRequester(deps, body.user.id, channel, isDirect);
    const user = body.user.id;
    await deps.pipeline(
      { ...requester, input: { kind: 'invocation', invocation }, fields: { modal: ASK_CALLBACK } },
      {
        async send(reply) {
          const messages = renderSlack(reply);
          if (!isPrivate(reply)) {
            await postMessages(client, channel, messages);
            return;
          }
          for (const message of messages)
            await client.chat.postEphemeral({
              channel,
              user,
              text: message.text,
              blocks: message.blocks,
            });
        },
        async apologise(text) {
          await client.chat.postEphemeral({ channel, user, text });
        },
      },
    );
  });
}
