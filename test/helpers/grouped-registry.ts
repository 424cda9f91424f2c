import { z } from 'zod';
import { type Command, defineCommand } from '../../src/core/command.ts';
import { registry } from '../../src/core/commands/index.ts';

/**
 * The registry plus a command group, as digests will add: `/digest subscribe` (for channel
 * managers) and `/digest list`, to test subcommands without depending on digests.
 */
export const groupedRegistry: readonly Command[] = [
  ...registry,
  defineCommand({
    name: 'digest subscribe',
    description: 'Get a daily digest of a topic',
    examples: ['/digest subscribe russia-dprk'],
    access: 'manage-channel',
    args: z.object({
      topic: z.string().min(1).describe('A briefing').meta({ complete: 'topic' }),
      time: z.string().optional().describe('When, such as 08:00'),
    }),
    run: ({ topic }) => ({
      private: false,
      blocks: [{ type: 'paragraph', text: `Subscribed to ${topic}.` }],
    }),
  }),
  defineCommand({
    name: 'digest list',
    description: 'The digests of this channel',
    examples: ['/digest list'],
    args: z.object({}),
    run: () => ({ private: true, blocks: [{ type: 'paragraph', text: 'No digests.' }] }),
  }),
];
