import type { App, webApi } from '@slack/bolt';
import { APOLOGY, type Asker, answer, isPrivate, type SlackDeps } from './answer.ts';
import { digestBlocks, homeView } from './home-view.ts';
import { typedText } from './incoming-text.ts';
import { postMessages } from './publish-slack.ts';
import type { RecentIds } from './recent-ids.ts';
import { renderSlack } from './render-slack.ts';

interface Question {
  text: string;
  asker: Asker;
  /** Where a mention came from, to answer in its thread; DMs answer in the conversation. */
  threadTs?: string;
}

async function reply(client: webApi.WebClient, deps: SlackDeps, question: Question) {
  const { asker } = question;
  const started = performance.now();
  const fields = { user: asker.userId, channel: asker.channelId, direct: asker.isDirect };
  try {
    const { reply, command } = await answer(deps, { kind: 'text', text: question.text }, asker);
    const messages = renderSlack(reply);
    const thread = question.threadTs ? { threadTs: question.threadTs } : {};
    if (isPrivate(reply) && !asker.isDirect) {
      // A mistake or a menu in a channel is for the asker alone.
      for (const message of messages) {
        await client.chat.postEphemeral({
          channel: asker.channelId,
          user: asker.userId,
          text: message.text,
          blocks: message.blocks,
          ...(question.threadTs ? { thread_ts: question.threadTs } : {}),
        });
      }
    } else {
      await postMessages(client, asker.channelId, messages, thread);
    }
    const durationMs = Math.round(performance.now() - started);
    deps.log.info({ ...fields, command, durationMs, error: reply.error?.code }, 'message answered');
  } catch (error) {
    deps.log.error({ ...fields, err: error }, 'message failed');
    await client.chat
      .postEphemeral({ channel: asker.channelId, user: asker.userId, text: APOLOGY })
      .catch((reportError: unknown) =>
        deps.log.error({ ...fields, err: reportError }, 'could not apologise'),
      );
  }
}

/**
 * Direct messages, @-mentions and the App Home tab. Each event is answered once: Slack's
 * redeliveries (`X-Slack-Retry-Num`) of an event already handled are dropped by its `event_id`.
 */
export function handleEvents(app: App, deps: SlackDeps, recent: RecentIds): void {
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && recent.seenBefore(eventId)) {
      deps.log.info({ eventId, retryNum: context.retryNum }, 'event already handled; skipped');
      return;
    }
    await next();
  });

  app.message(async ({ message, client }) => {
    // Edits, joins and other bots' posts have a subtype or a bot id; only people's words count.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if ('bot_id' in message && message.bot_id) return;
    const text = typedText(message.text ?? '');
    if (text === '') return;
    const asker = { userId: message.user, channelId: message.channel, isDirect: true };
    await reply(client, deps, { text, asker });
  });

  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || !event.user) return;
    const text = typedText(event.text);
    const asker = {
      userId: event.user,
      channelId: event.channel,
      isDirect: event.channel.startsWith('D'),
    };
    await reply(client, deps, {
      text: text === '' ? 'help' : text,
      asker,
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      // The person's own digests: the same list /digest list gives them in a DM.
      const context = deps.createContext({
        platform: 'slack',
        userId: event.user,
        channelId: event.channel ?? event.user,
        isDirect: true,
        canManageChannel: true,
      });
      const digests = context.digests?.list(context.caller);
      await client.views.publish({
        user_id: event.user,
        view: homeView(deps.library, deps.registry, digestBlocks(digests)),
      });
    } catch (error) {
      deps.log.error({ err: error, user: event.user }, 'could not publish the Home tab');
    }
  });
}
