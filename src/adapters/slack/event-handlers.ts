import type { App, webApi } from '@slack/bolt';
import { directCaller } from '../../core/caller.ts';
import { digestBlocks, homeView } from './home-view.ts';
import { typedText } from './incoming-text.ts';
import { postMessages } from './publish-slack.ts';
import { renderSlack } from './render-slack.ts';
import type { SeenOnce } from './seen-once.ts';
import { isPrivate, type SlackDeps, slackRequester } from './slack-requester.ts';

interface Question {
  text: string;
  userId: string;
  channelId: string;
  isDirect: boolean;
  /** Where a mention came from, to answer in its thread; DMs answer in the conversation. */
  threadTs?: string;
}

function reply(client: webApi.WebClient, deps: SlackDeps, question: Question): Promise<void> {
  const { userId, channelId, isDirect, threadTs } = question;
  const inThread = threadTs ? { thread_ts: threadTs } : {};
  return deps.pipeline(
    {
      ...slackRequester(deps, userId, channelId, isDirect),
      input: { kind: 'text', text: question.text },
    },
    {
      async send(answer) {
        const messages = renderSlack(answer);
        if (isPrivate(answer) && !isDirect) {
          // A mistake or a menu in a channel is for the asker alone.
          for (const message of messages) {
            await client.chat.postEphemeral({
              channel: channelId,
              user: userId,
              text: message.text,
              blocks: message.blocks,
              ...inThread,
            });
          }
        } else {
          await postMessages(client, channelId, messages, threadTs ? { threadTs } : {});
        }
      },
      async apologise(text) {
        await client.chat.postEphemeral({ channel: channelId, user: userId, text });
      },
    },
  );
}

// Slack redelivers an event for up to an hour or so; remember its id that long.
const EVENT_MEMORY_SECONDS = 60 * 60;

/** Whether an event is new; an unreachable shared memory lets it through (logged). */
async function firstEvent(seen: SeenOnce, eventId: string, deps: SlackDeps): Promise<boolean> {
  try {
    return await seen.first(`slack:event:${eventId}`, EVENT_MEMORY_SECONDS);
  } catch (error) {
    deps.log.warn({ err: error, eventId }, 'could not check an event for a repeat; handling it');
    return true;
  }
}

/**
 * Direct messages, @-mentions and the App Home tab. Each event is answered once: Slack's
 * redeliveries (`X-Slack-Retry-Num`) of an event already handled are dropped by its `event_id`.
 */
export function handleEvents(app: App, deps: SlackDeps, seen: SeenOnce): void {
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await firstEvent(seen, eventId, deps))) {
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
    await reply(client, deps, {
      text,
      userId: message.user,
      channelId: message.channel,
      isDirect: true,
    });
  });

  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || !event.user) return;
    const text = typedText(event.text);
    await reply(client, deps, {
      text: text === '' ? 'help' : text,
      userId: event.user,
      channelId: event.channel,
      isDirect: event.channel.startsWith('D'),
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      // The person's own digests: the same list /digest list gives them in a DM.
      const context = deps.createContext(
        directCaller('slack', event.user, event.channel ?? event.user),
      );
      const digests = await context.digests?.list(context.caller);
      await client.views.publish({
        user_id: event.user,
        view: homeView(deps.library, deps.registry, digestBlocks(digests)),
      });
    } catch (error) {
      deps.log.error({ err: error, user: event.user }, 'could not publish the Home tab');
    }
  });
}
