import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { resolveTopic } from '../resolve.ts';
import { digestsOf, subscriptionBlocks } from './digest-shared.ts';

export const digestSubscribe = defineCommand({
  name: 'digest subscribe',
  description: 'Post a digest of new briefings here on a schedule (in a DM: to you)',
  examples: [
    '/digest subscribe',
    '/digest subscribe topics:russia-dprk time:07:30 days:weekdays timezone:Europe/London',
    '/digest subscribe cron:"0 9 * * 1"',
  ],
  access: 'manage-channel',
  args: z.object({
    topics: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .default('all')
      .describe('"all", or briefing ids separated by commas'),
    time: z.string().trim().max(5).default('08:00').describe('Time of day, 24-hour HH:MM'),
    days: z
      .string()
      .trim()
      .max(60)
      .default('daily')
      .describe('daily, weekdays, weekends, or days such as mon,thu'),
    timezone: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .describe('IANA time zone such as Europe/London'),
    cron: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Advanced: a five-field cron expression instead of time and days'),
    empty: z
      .enum(['skip', 'note'])
      .default('skip')
      .describe('When nothing is new: skip (post nothing) or note'),
  }),
  async run(args, context) {
    const digests = digestsOf(context);
    const words = args.topics.split(/[\s,]+/).filter(Boolean);
    const all = words.length === 0 || (words.length === 1 && words[0]?.toLowerCase() === 'all');
    const topics = all
      ? []
      : [
          ...new Set(
            words.map(
              (word) =>
                resolveTopic(context.library, word, (found) => ({
                  command: 'digest subscribe',
                  args: { topics: found, time: args.time, days: args.days },
                })).id,
            ),
          ),
        ];
    const view = await digests.subscribe(context.caller, {
      topics,
      time: args.time,
      days: args.days,
      ...(args.timezone ? { timezone: args.timezone } : {}),
      ...(args.cron ? { cron: args.cron } : {}),
      notifyEmpty: args.empty === 'note',
    });
    return {
      title: `Digest #${view.id} set up for ${view.target}`,
      private: false,
      blocks: [
        ...subscriptionBlocks(view),
        {
          type: 'footer',
          text: `Manage it with /digest list, /digest pause ${view.id}, /digest unsubscribe ${view.id}; see it now with /digest preview ${view.id}.`,
        },
      ],
    };
  },
});
