import { z } from 'zod';
import { type Command, defineCommand } from '../../src/core/command.ts';
import { registry } from '../../src/core/commands/index.ts';

/**
 * The registry plus a command group, as digests add: `/watch add` (for channel
 * managers) and `/watch list`, to test subcommands without depending on digests.
 */
export const groupedRegistry: readonly Command[] = [
  ...registry,
  defineCommand({
    name: 'watch add',
    description: 'Follow a topic here',
    examples: ['/watch add russia-dprk'],
    access: 'manage-channel',
    args: z.object({
      topic: z.string().min(1).describe('A briefing').meta({ complete: 'topic' }),
      time: z.string().optional().describe('When, such as 08:00'),
    }),
    run: ({ topic }) => ({
      private: false,
      blocks: [{ type: 'paragraph', text: `Following ${topic}.` }],
    }),
  }),
  defineCommand({
    name: 'watch list',
    description: 'What this channel follows',
    examples: ['/watch list'],
    args: z.object({}),
    run: () => ({ private: true, blocks: [{ type: 'paragraph', text: 'Nothing followed.' }] }),
  }),
];
