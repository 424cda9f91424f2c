import { z } from 'zod';
import { FeedRefusal, type FeedService, type FeedView } from '../../feeds/feed-contract.ts';
import type { CommandContext } from '../command.ts';
import { defineCommand } from '../command.ts';
import { count } from '../format.ts';
import type { Block } from '../reply.ts';
import { UserError } from '../user-error.ts';

function feedsOf(context: CommandContext): FeedService {
  if (context.feeds === undefined)
    throw new UserError(
      'unavailable',
      'Feeds are not available here: the bot is not polling feeds.',
    );
  return context.feeds;
}

/** One feed in a line: its number, name and address, how it is doing. */
export function feedLine(feed: FeedView): string {
  const parts = [`#${feed.id} ${feed.title ?? 'untitled'} · ${feed.url}`, feed.lastPoll];
  parts.push(`${count(feed.seen, 'item')} seen, ${count(feed.drafted, 'draft')}`);
  if (feed.pausedReason) parts.push(`PAUSED: ${feed.pausedReason}`);
  else if (feed.lastError) parts.push(`failing: ${feed.lastError}`);
  return parts.join(' · ');
}

export const feedsAdd = defineCommand({
  name: 'feeds add',
  description:
    'Follow a news feed (RSS, Atom or JSON Feed): new items become drafts (editors only)',
  examples: ['/feeds add https://news.example/rss'],
  access: 'editor',
  args: z.object({
    url: z
      .string()
      .trim()
      .min(1, 'give the feed’s address')
      .max(2000)
      .describe('The feed’s address'),
  }),
  async run({ url }, context) {
    try {
      const { feed, added } = await feedsOf(context).add(url, context.caller.userId);
      return {
        title: added ? `Following feed #${feed.id}` : `Feed #${feed.id} already followed`,
        private: true,
        blocks: [
          { type: 'paragraph', text: feedLine(feed) },
          {
            type: 'footer',
            text: 'New items are drafted and put up for review; the first read drafts only the newest few.',
          },
        ],
      };
    } catch (error) {
      if (error instanceof FeedRefusal)
        throw new UserError('bad_argument', `Cannot follow ${url}: ${error.message}`);
      throw error;
    }
  },
});

export const feedsList = defineCommand({
  name: 'feeds list',
  description:
    'The feeds followed, how each is doing, and any paused with the reason (editors only)',
  examples: ['/feeds list'],
  access: 'editor',
  args: z.object({}),
  async run(_args, context) {
    const feeds = await feedsOf(context).list();
    const blocks: Block[] =
      feeds.length === 0
        ? [{ type: 'paragraph', text: 'No feeds are followed. Add one with /feeds add <url>.' }]
        : [{ type: 'bullets', items: feeds.map(feedLine) }];
    return { title: `${count(feeds.length, 'feed')} followed`, private: true, blocks };
  },
});

export const feedsRemove = defineCommand({
  name: 'feeds remove',
  description: 'Stop following a feed; its drafts stay for review (editors only)',
  examples: ['/feeds remove 3'],
  access: 'editor',
  args: z.object({
    id: z.coerce.number().int().min(1).describe('The feed’s number, from /feeds list'),
  }),
  async run({ id }, context) {
    const removed = await feedsOf(context).remove(id);
    if (removed === undefined)
      throw new UserError('not_found', `There is no feed #${id}.`, { hint: 'See /feeds list.' });
    return {
      title: `Stopped following feed #${id}`,
      private: true,
      blocks: [{ type: 'paragraph', text: feedLine(removed) }],
    };
  },
});
