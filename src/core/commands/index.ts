import type { Command } from '../command.ts';
import { brief } from './brief.ts';
import {
  digestList,
  digestPause,
  digestPreview,
  digestResume,
  digestUnsubscribe,
} from './digest-manage.ts';
import { digestSubscribe } from './digest-subscribe.ts';
import { feedsAdd, feedsList, feedsRemove } from './feeds.ts';
import { createHelp } from './help.ts';
import { quote } from './quote.ts';
import { reviewApprove, reviewReject } from './review-decide.ts';
import { reviewList, reviewShow } from './review-read.ts';
import { search } from './search.ts';
import { topics } from './topics.ts';
import { who } from './who.ts';

/**
 * The one list of commands. Discord's command JSON, Slack's manifest, /help and the text parser
 * are all generated from it, so a command added here appears everywhere and nowhere else.
 */
export const commands: readonly Command[] = [
  brief,
  quote,
  who,
  topics,
  search,
  digestSubscribe,
  digestList,
  digestUnsubscribe,
  digestPause,
  digestResume,
  digestPreview,
  reviewList,
  reviewShow,
  reviewApprove,
  reviewReject,
  feedsAdd,
  feedsList,
  feedsRemove,
];

const help = createHelp(() => registry);

export const registry: readonly Command[] = [...commands, help];

export function findCommand(name: string): Command | undefined {
  return registry.find((command) => command.name === name);
}
