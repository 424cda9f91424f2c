import { z } from 'zod';
import type { Statement } from '../../content/briefing-schema.ts';
import type { DraftDetails } from '../../content/draft-review.ts';
import { defineCommand } from '../command.ts';
import { count } from '../format.ts';
import { type Block, kindLabel, type Reply } from '../reply.ts';
import { draftOr404, reviewOf, summaryLine } from './review-shared.ts';

export const draftId = z
  .string()
  .trim()
  .min(1, 'give the id of a draft, from /review list')
  .max(100)
  .describe('The draft’s id, from /review list');

/** The statement's words, in quote marks only when they are verbatim. */
const words = (statement: Statement) =>
  statement.kind === 'paraphrase' ? statement.text : `“${statement.text}”`;

/** The drafts an editor can act on in one reply; the rest wait for the next look. */
const LIST_MAX = 20;

export const reviewList = defineCommand({
  name: 'review list',
  description: 'Drafts waiting for an editor, newest first (editors only)',
  examples: ['/review list'],
  access: 'editor',
  args: z.object({}),
  run(_args, context) {
    const drafts = reviewOf(context).list();
    if (drafts.length === 0) {
      return {
        title: 'No drafts waiting',
        private: true,
        blocks: [{ type: 'paragraph', text: 'Every draft has been reviewed.' }],
      };
    }
    const blocks: Block[] = [
      { type: 'bullets', items: drafts.slice(0, LIST_MAX).map(summaryLine) },
      {
        type: 'footer',
        text: '/review show <id> to read one; /review approve or reject to decide',
      },
    ];
    if (drafts.length > LIST_MAX)
      blocks.unshift({ type: 'paragraph', text: `The newest ${LIST_MAX} of ${drafts.length}:` });
    return { title: `${count(drafts.length, 'draft')} waiting`, private: true, blocks };
  },
});

export const reviewShow = defineCommand({
  name: 'review show',
  description: 'One draft: each statement with its speaker and sentence, and what to check',
  examples: ['/review show russia-dprk'],
  access: 'editor',
  args: z.object({ id: draftId }),
  run({ id }, context) {
    return draftReply(draftOr404(reviewOf(context), id));
  },
});

/**
 * A draft as an editor reviews it, with Approve and Reject buttons: the answer to `/review show`,
 * and (public, in the review channel) the announcement of a new draft.
 */
export function draftReply(draft: DraftDetails, options: { announce?: boolean } = {}): Reply {
  const { briefing } = draft;
  const names = new Map(
    [...briefing.people, ...briefing.organisations, ...briefing.groups].map((s) => [s.id, s.name]),
  );
  const blocks: Block[] = [
    { type: 'paragraph', text: summaryLine(draft) },
    { type: 'paragraph', text: briefing.summary },
  ];
  if (draft.rejected) blocks.push({ type: 'paragraph', text: `Rejected: ${draft.rejected}` });
  blocks.push({ type: 'heading', text: `Statements (${briefing.statements.length})` });
  briefing.statements.forEach((statement, index) => {
    const speaker = names.get(statement.speaker) ?? statement.speaker;
    blocks.push({
      type: 'paragraph',
      text: `${index + 1}. ${speaker} (${kindLabel(statement.kind)}, ¶${statement.paragraph}): ${words(statement)} — in: ${statement.context}`,
    });
  });
  blocks.push({ type: 'heading', text: 'Quotes the rules could not place' });
  blocks.push(
    draft.unplaced.length > 0
      ? { type: 'bullets', items: draft.unplaced }
      : { type: 'paragraph', text: 'None.' },
  );
  blocks.push({
    type: 'footer',
    text: `Source: ${draft.url ?? 'no link given'} · file ${draft.fileName} · /review approve ${draft.id} or /review reject ${draft.id} <reason>`,
  });
  blocks.push(decisionChoices(draft.id));
  return options.announce
    ? { title: `New draft for review: ${briefing.title}`, private: false, blocks }
    : { title: `Draft: ${briefing.title}`, private: true, blocks };
}

/**
 * The editor's two decisions as buttons. They run the same `/review approve|reject` commands as
 * typing them, so the editor check is the one dispatch makes; Reject asks for the reason in a form
 * where the platform has one.
 */
export function decisionChoices(id: string): Block {
  return {
    type: 'choices',
    prompt: 'Decide:',
    choices: [
      { label: 'Approve', invocation: { command: 'review approve', args: { id } } },
      { label: 'Reject…', invocation: { command: 'review reject', args: { id } }, ask: 'reason' },
    ],
  };
}
