import type { DigestService, SubscriptionView } from '../../digests/digest-contract.ts';
import type { CommandContext } from '../command.ts';
import type { Block } from '../reply.ts';
import { UserError } from '../user-error.ts';

/** The digest service, or a clear message where this deployment has none. */
export function digestsOf(context: CommandContext): DigestService {
  if (context.digests === undefined) {
    throw new UserError(
      'unavailable',
      'Digests are not available here: the bot is running without its database.',
    );
  }
  return context.digests;
}

/** One subscription as fields: what, when, next run, last delivery and why it is paused. */
export function subscriptionBlocks(view: SubscriptionView): Block[] {
  return [
    {
      type: 'fields',
      fields: [
        { name: 'Digest', value: `#${view.id} for ${view.target}` },
        {
          name: 'Topics',
          value: view.topics.length === 0 ? 'all briefings' : view.topics.join(', '),
        },
        { name: 'When', value: view.schedule },
        { name: 'Next run', value: view.pausedReason ? 'paused' : (view.nextRun ?? 'none') },
        { name: 'Last delivery', value: view.lastDelivery ?? 'none yet' },
        ...(view.pausedReason ? [{ name: 'Paused because', value: view.pausedReason }] : []),
        ...(view.notifyEmpty ? [{ name: 'When nothing is new', value: 'posts a short note' }] : []),
      ],
    },
  ];
}
