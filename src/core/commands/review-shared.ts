import type { DraftReview, DraftSummary } from '../../content/draft-review.ts';
import type { CommandContext } from '../command.ts';
import { count } from '../format.ts';
import { UserError } from '../user-error.ts';

/** The review desk, or a clear message where this app serves no briefings folder. */
export function reviewOf(context: CommandContext): DraftReview {
  if (context.review === undefined) {
    throw new UserError(
      'unavailable',
      'Review is not available here: no briefings folder is served.',
    );
  }
  return context.review;
}

/** The draft with this id, or the drafts waiting as choices. */
export function draftOr404(review: DraftReview, id: string) {
  const draft = review.show(id.trim().toLowerCase());
  if (draft) return draft;
  const waiting = review.list();
  throw new UserError('not_found', `There is no draft "${id}".`, {
    hint: waiting.length > 0 ? 'Drafts waiting:' : 'No drafts are waiting.',
    choices: waiting.slice(0, 10).map((d) => ({
      label: d.id,
      invocation: { command: 'review show', args: { id: d.id } },
    })),
  });
}

/** One line for a draft: what it is, where it came from, how many quotes, what to check. */
export function summaryLine(draft: DraftSummary): string {
  const drafted = draft.drafted.toISOString().slice(0, 16).replace('T', ' ');
  return [
    `${draft.title} (${draft.id})`,
    `from ${draft.source}`,
    `${count(draft.quotes, 'quote')} in ${count(draft.statements, 'statement')}`,
    `drafted ${drafted} UTC`,
    `check: ${draft.toCheck.join('; ')}`,
  ].join(' · ');
}
