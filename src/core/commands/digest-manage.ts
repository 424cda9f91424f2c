import { z } from 'zod';
import { defineCommand } from '../command.ts';
import type { Block } from '../reply.ts';
import { digestsOf, subscriptionBlocks } from './digest-shared.ts';

const id = z.coerce.number().int().min(1).describe('The digest number, from /digest list');

export const digestList = defineCommand({
  name: 'digest list',
  description: "This channel's digests (in a DM: yours), with next run and last delivery",
  examples: ['/digest list'],
  args: z.object({}),
  async run(_args, context) {
    const views = await digestsOf(context).list(context.caller);
    if (views.length === 0) {
      return {
        title: 'No digests here',
        private: true,
        blocks: [
          {
            type: 'paragraph',
            text: 'Nothing is scheduled here. Start one with /digest subscribe.',
          },
        ],
      };
    }
    const blocks: Block[] = [];
    views.forEach((view, index) => {
      if (index > 0) blocks.push({ type: 'divider' });
      blocks.push(...subscriptionBlocks(view));
    });
    return { title: `Digests for ${views[0]?.target ?? 'here'}`, private: true, blocks };
  },
});

export const digestUnsubscribe = defineCommand({
  name: 'digest unsubscribe',
  description: 'Stop a digest for good',
  examples: ['/digest unsubscribe 3'],
  access: 'manage-channel',
  args: z.object({ id }),
  async run(args, context) {
    const view = await digestsOf(context).unsubscribe(context.caller, args.id);
    return {
      title: `Digest #${view.id} stopped`,
      private: false,
      blocks: [
        { type: 'paragraph', text: `No more digests (${view.schedule}) for ${view.target}.` },
      ],
    };
  },
});

export const digestPause = defineCommand({
  name: 'digest pause',
  description: 'Pause a digest until it is resumed',
  examples: ['/digest pause 3'],
  access: 'manage-channel',
  args: z.object({ id }),
  async run(args, context) {
    const view = await digestsOf(context).pause(context.caller, args.id);
    return { title: `Digest #${view.id} paused`, private: false, blocks: subscriptionBlocks(view) };
  },
});

export const digestResume = defineCommand({
  name: 'digest resume',
  description: 'Resume a paused digest',
  examples: ['/digest resume 3'],
  access: 'manage-channel',
  args: z.object({ id }),
  async run(args, context) {
    const view = await digestsOf(context).resume(context.caller, args.id);
    return {
      title: `Digest #${view.id} resumed`,
      private: false,
      blocks: subscriptionBlocks(view),
    };
  },
});

export const digestPreview = defineCommand({
  name: 'digest preview',
  description: 'The digest as it would be sent now, shown only to you',
  examples: ['/digest preview', '/digest preview 3'],
  args: z.object({ id: id.optional() }),
  run(args, context) {
    return digestsOf(context).preview(context.caller, args.id);
  },
});
