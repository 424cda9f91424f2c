import { z } from 'zod';
import { matchingPassages, type PassagePart } from '../../library/text-index.ts';
import { defineCommand } from '../command.ts';
import { pageOf } from '../format.ts';
import type { Block } from '../reply.ts';
import { UserError } from '../user-error.ts';
import { pageArg } from './args.ts';

const PER_PAGE = 5;
const SNIPPET = 280;

const PASSAGES_PER_HIT = 2;

const partNames: Record<PassagePart, string> = {
  title: 'Title',
  summary: 'Summary',
  point: 'Key point',
  statement: 'Statement',
  background: 'Background',
};

export const search = defineCommand({
  name: 'search',
  description: 'Full-text search over summaries, key points and statements, best match first',
  examples: ['/search artillery shells', '/search sanctions', '/search uphill battle'],
  args: z.object({
    words: z.string().trim().min(1).max(300).describe('Words to look for'),
    page: pageArg('Page of results'),
  }),
  run({ words, page }, { library }) {
    // Only the pages up to this one are ranked: a common word matches most briefings, and
    // sorting them all was most of a search's time.
    const { total: found, hits } = library.searchTop(words, page * PER_PAGE);
    if (found === 0) {
      throw new UserError('no_results', `Nothing in the briefings matches "${words}".`, {
        hint: 'Try fewer or different words, or /topics to browse.',
      });
    }
    const { number, page: marker } = pageOf(found, page, PER_PAGE, (n) => ({
      command: 'search',
      args: { words, page: n },
    }));
    const items = hits.slice((number - 1) * PER_PAGE, number * PER_PAGE);
    const blocks: Block[] = [];
    for (const hit of items) {
      const briefing = library.briefing(hit.briefingId);
      if (briefing === undefined) continue;
      blocks.push({ type: 'heading', text: briefing.title });
      const passages = matchingPassages(
        briefing,
        library.passages(briefing),
        hit.terms,
        PASSAGES_PER_HIT,
        library.version(),
      );
      passages.forEach((passage, i) => {
        const where = `${partNames[passage.part]}${passage.speaker ? ` by ${passage.speaker}` : ''}`;
        const more = i === passages.length - 1 ? ` (/brief ${briefing.id})` : '';
        blocks.push({
          type: 'paragraph',
          text: `${where}: ${snippet(passage.text, hit.terms)}${more}`,
        });
      });
      if (passages.length === 0)
        blocks.push({
          type: 'paragraph',
          text: `${library.bodyOf(briefing).summary} (/brief ${briefing.id})`,
        });
    }
    const { pending, total } = library.textProgress();
    if (pending > 0) {
      blocks.push({
        type: 'footer',
        text: `Still indexing after a restart: ${total - pending} of ${total} briefings searched so far.`,
      });
    }
    return {
      title: `Search: ${words}`,
      blocks,
      private: false,
      ...(marker ? { page: marker } : {}),
    };
  },
});

/** The sentence of a passage that holds the most matched words, trimmed around the first match. */
function snippet(text: string, terms: readonly string[]): string {
  const sentences = text.match(/[^.!?]+[.!?]*["”’]?/g) ?? [text];
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const score = (sentence: string) => terms.filter((term) => fold(sentence).includes(term)).length;
  const best = sentences
    .reduce((a, b) => (score(b) > score(a) ? b : a), sentences[0] ?? text)
    .trim();
  if (best.length <= SNIPPET) return best;
  const first = Math.max(
    0,
    ...terms
      .map((term) => fold(best).indexOf(term))
      .filter((i) => i >= 0)
      .slice(0, 1),
  );
  const start = Math.max(0, best.lastIndexOf(' ', Math.max(0, first - 60)));
  const end = best.lastIndexOf(' ', start + SNIPPET);
  return `${start > 0 ? '…' : ''}${best.slice(start, end > start ? end : start + SNIPPET).trim()}…`;
}
