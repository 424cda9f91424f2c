import type { types } from '@slack/bolt';
import { type Command, usage } from '../../core/command.ts';
import { count, formatDate } from '../../core/format.ts';
import { plainLanguageExamples } from '../../core/plain-language.ts';
import type { Block } from '../../core/reply.ts';
import type { SubscriptionView } from '../../digests/digest-contract.ts';
import type { Library } from '../../library/library.ts';
import { renderBlocks } from './render-slack.ts';

/** Slack's cap on the blocks of a Home tab. */
export const HOME_BLOCKS_MAX = 100;
/** The Home tab lists the newest briefings; /topics pages through the rest. */
export const HOME_TOPICS_MAX = 20;

function topicBlocks(library: Library): Block[] {
  const briefings = library.briefings();
  if (briefings.length === 0) {
    return [{ type: 'paragraph', text: 'No briefings are loaded yet.' }];
  }
  const shown = briefings.slice(0, HOME_TOPICS_MAX);
  const blocks: Block[] = [
    {
      type: 'bullets',
      items: shown.map(
        (b) =>
          `${b.title} · /brief ${b.id} · as of ${formatDate(b.updated)} · ${count(library.statementCount(b), 'statement')}`,
      ),
    },
  ];
  if (briefings.length > shown.length) {
    blocks.push({
      type: 'footer',
      text: `${count(briefings.length, 'briefing')} in all · /topics lists every one`,
    });
  }
  return blocks;
}

/** The asker's own DM digests, for the Home tab (channel digests are listed in each channel). */
export function digestBlocks(views: readonly SubscriptionView[] | undefined): Block[] {
  if (views === undefined) return [];
  const blocks: Block[] = [{ type: 'heading', text: 'Your digests' }];
  if (views.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'None yet. In a direct message with me, /digest subscribe sends you new briefings every morning (see /help digest subscribe).',
    });
    return blocks;
  }
  blocks.push({
    type: 'bullets',
    items: views.map((view) => {
      const topics = view.topics.length === 0 ? 'all briefings' : view.topics.join(', ');
      const state = view.pausedReason
        ? `paused: ${view.pausedReason}`
        : `next ${view.nextRun ?? 'none'}`;
      return `#${view.id} · ${topics} · ${view.schedule} · ${state}`;
    }),
  });
  blocks.push({
    type: 'footer',
    text: 'Manage them in a DM with me: /digest list, /digest pause <id>, /digest unsubscribe <id>.',
  });
  return blocks;
}

function usageBlocks(registry: readonly Command[]): Block[] {
  return [
    { type: 'heading', text: 'Commands' },
    {
      type: 'bullets',
      items: registry.map((c) => `${usage(c)}: ${c.description}`),
    },
    { type: 'heading', text: 'Or just ask' },
    {
      type: 'paragraph',
      text: 'Send me a direct message, or mention @Briefbot in a channel, in plain words:',
    },
    { type: 'bullets', items: plainLanguageExamples },
    {
      type: 'footer',
      text: 'Every statement is marked as a direct quote, a partial quote or reported speech, with its source.',
    },
  ];
}

/**
 * The App Home tab: the newest briefings and how to use Briefbot. `sections` adds the asker's own
 * settings (their digest subscriptions, once digests exist) after the briefings.
 */
export function homeView(
  library: Library,
  registry: readonly Command[],
  sections: Block[] = [],
): types.HomeView {
  const blocks: Block[] = [
    { type: 'heading', text: 'Latest briefings' },
    ...topicBlocks(library),
    ...sections,
    { type: 'divider' },
    ...usageBlocks(registry),
  ];
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Briefbot' } },
      ...renderBlocks(blocks),
    ].slice(0, HOME_BLOCKS_MAX),
  };
}
