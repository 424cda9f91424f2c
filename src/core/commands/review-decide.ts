import { z } from 'zod';
import { MAX_REASON } from '../../content/draft-review.ts';
import { defineCommand } from '../command.ts';
import { UserError } from '../user-error.ts';
import { draftId } from './review-read.ts';
import { draftOr404, reviewOf } from './review-shared.ts';

export const reviewApprove = defineCommand({
  name: 'review approve',
  description: 'Publish a draft: it is served and digested from now on (editors only)',
  examples: ['/review approve russia-dprk'],
  access: 'editor',
  args: z.object({ id: draftId }),
  async run({ id }, context) {
    const review = reviewOf(context);
    const draft = draftOr404(review, id);
    const outcome = await review.approve(draft.id);
    const text = outcome.served
      ? `Published: /brief ${outcome.id} now serves it, and digests include it.`
      : `The draft flag is removed from ${outcome.fileName}, but it does not serve yet: run npm run validate to see why (another file may hold its id).`;
    return {
      title: `Approved: ${draft.title}`,
      private: true,
      blocks: [{ type: 'paragraph', text }],
    };
  },
});

export const reviewReject = defineCommand({
  name: 'review reject',
  description: 'Turn a draft down with a reason; it stays out of service (editors only)',
  examples: ['/review reject russia-dprk quotes credited to the wrong people'],
  access: 'editor',
  args: z.object({
    id: draftId,
    // Optional so that a Reject button (which carries no words) can ask for them; a rejection
    // itself always has a reason.
    reason: z
      .string()
      .trim()
      .max(MAX_REASON)
      .optional()
      .describe('Why it is turned down, for the next editor'),
  }),
  async run({ id, reason }, context) {
    const review = reviewOf(context);
    const draft = draftOr404(review, id);
    if (reason === undefined || reason === '') {
      throw new UserError(
        'bad_argument',
        `Say why ${draft.id} is turned down, for the next editor: /review reject ${draft.id} <reason>`,
      );
    }
    const outcome = await review.reject(draft.id, reason);
    return {
      title: `Rejected: ${draft.title}`,
      private: true,
      blocks: [
        {
          type: 'paragraph',
          text: `Kept out of service, with the reason written into ${outcome.fileName}: ${reason}`,
        },
      ],
    };
  },
});
