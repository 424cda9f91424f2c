import { z } from 'zod';
import type { BriefingHead } from '../../content/lean-briefing.ts';
import {
  type BriefingHit,
  matchingPassages,
  type Passage,
  type PassagePart,
} from '../../library/text-index.ts';
import { defineCommand } from '../command.ts';
import { count, pageOf } from '../format.ts';
import type { Block } from '../reply.ts';
import { UserError } from '../user-error.ts';
import { pageArg } from './args.ts';

const PER_PAGE = 5;
const SNIPPET = 280;

const PASSAGES_PER_HIT = 2;
// Up to this many matching briefings, every matching passage is listed and paged through.
const EVERY_PASSAGE_UP_TO = 20;

/** One result: a passage of a briefing (or, when only its title or tags matched, the briefing). */
interface Found {
  briefing: BriefingHead;
  passage?: Passage;
  terms: readonly string[];
}

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
    const { total: found, hits } = library.searchTop(
      words,
      Math.max(EVERY_PASSAGE_UP_TO, page * PER_PAGE),
    );
    if (found === 0) {
      throw new UserError('no_results', `Nothing in the briefings matches "${words}".`, {
        hint: 'Try fewer or different words, or /topics to browse.',
      });
    }
    const passagesOf = (hit: BriefingHit, limit: number): Found[] => {
      const briefing = library.briefing(hit.briefingId);
      if (briefing === undefined) return [];
      const passages = matchingPassages(
        briefing,
        library.passages(briefing),
        hit.terms,
        limit,
        library.version(),
      );
      // Two statements from one sentence (a partial quote and what is reported around it) share
      // their passage: show it once.
      const distinct = passages.filter(
        (passage, i) => passages.findIndex((other) => other.text === passage.text) === i,
      );
      return distinct.length > 0
        ? distinct.map((passage) => ({ briefing, passage, terms: hit.terms }))
        : [{ briefing, terms: hit.terms }];
    };
    // A few matching briefings: page through every matching passage, so nothing that matches is
    // out of reach. Many: a page of briefings, each with its best passages.
    const everyPassage = found <= EVERY_PASSAGE_UP_TO;
    const results = everyPassage
      ? hits.flatMap((hit) => passagesOf(hit, Number.POSITIVE_INFINITY))
      : [];
    const { number, page: marker } = pageOf(
      everyPassage ? results.length : found,
      page,
      PER_PAGE,
      (n) => ({ command: 'search', args: { words, page: n } }),
    );
    const shown = everyPassage
      ? results.slice((number - 1) * PER_PAGE, number * PER_PAGE)
      : hits
          .slice((number - 1) * PER_PAGE, number * PER_PAGE)
          .flatMap((hit) => passagesOf(hit, PASSAGES_PER_HIT));
    const blocks: Block[] = [];
    shown.forEach((result, i) => {
      const { briefing, passage } = result;
      if (i === 0 || shown[i - 1]?.briefing !== briefing) {
        blocks.push({ type: 'heading', text: briefing.title });
      }
      const last = i === shown.length - 1 || shown[i + 1]?.briefing !== briefing;
      const more = last ? ` (/brief ${briefing.id})` : '';
      if (passage === undefined) {
        blocks.push({ type: 'paragraph', text: `${library.bodyOf(briefing).summary}${more}` });
        return;
      }
      const where = `${partNames[passage.part]}${passage.speaker ? ` by ${passage.speaker}` : ''}`;
      blocks.push({
        type: 'paragraph',
        text: `${where}: ${snippet(passage.text, result.terms)}${more}`,
      });
    });
    blocks.push({
      type: 'footer',
      text: everyPassage
        ? `${count(results.length, 'matching passage')} in ${count(found, 'briefing')}, best first.`
        : `${count(found, 'matching briefing')}, best first, each with its best passages.`,
    });
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
