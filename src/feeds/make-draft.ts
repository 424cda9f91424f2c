import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseBriefing } from '../content/parse-briefing.ts';
import { formatProblem } from '../content/problem.ts';
import { deriveBriefing } from '../derive/derive.ts';
import { slugify } from '../derive/entity-book.ts';
import { writeDraft } from '../derive/write-draft.ts';
import { extractArticle, storyText } from './article-text.ts';

/** What drafting one item needs: its page, as fetched, and what the feed says of it. */
export interface DraftInput {
  html: string;
  pageUrl: string;
  /** The item's own title, or undefined for an untitled item. */
  title?: string;
  link: string;
  published?: number;
  feedUrl: string;
  feedTitle?: string;
  /** The briefings folder, to choose an id no file has. */
  dir: string;
  /** Today, YYYY-MM-DD, for a story that gives no date. */
  today: string;
}

/** A draft ready to write, or why there is none. Plain data: it crosses to and from a worker. */
export type DraftOutput =
  | { kind: 'draft'; id: string; fileName: string; yaml: string }
  | { kind: 'skipped'; reason: string };

/** An id of its own: the headline's slug, numbered when a file already has it. */
function freeId(dir: string, wanted: string): string {
  const base = (slugify(wanted) || 'feed-item').slice(0, 60).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(join(dir, `${id}.yaml`))) return id;
  }
}

/**
 * The CPU-heavy part of drafting an item: extracts the story from its page, drafts a briefing with
 * `derive`, writes it as a draft (`draft: true`) and checks the file as the folder would. Pure
 * but for reading the folder's file names, so it can run in a worker thread.
 */
export function makeDraft(input: DraftInput): DraftOutput {
  const article = extractArticle(input.html, input.pageUrl);
  if (article === undefined)
    return { kind: 'skipped', reason: 'no article text found on the page' };
  const headline = input.title ?? article.headline;
  const text = storyText({ ...article, headline }, input.published);
  let derived: ReturnType<typeof deriveBriefing>;
  try {
    derived = deriveBriefing(text, {
      id: freeId(input.dir, headline),
      fallbackDate: input.today,
    });
  } catch (error) {
    return { kind: 'skipped', reason: `no draft could be made: ${(error as Error).message}` };
  }
  const briefing = {
    ...derived.briefing,
    draft: true,
    source: {
      ...derived.briefing.source,
      publisher: article.siteName || input.feedTitle || derived.briefing.source.publisher,
      headline,
      url: input.link,
    },
  };
  const fileName = `${briefing.id}.yaml`;
  const yaml = writeDraft(briefing, {
    source: `the feed ${input.feedUrl}`,
    unattributed: derived.unattributed,
    dateGuessed: input.published === undefined && derived.article.date === undefined,
  });
  const errors = parseBriefing(fileName, yaml).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    return {
      kind: 'skipped',
      reason: `the draft does not validate: ${errors.map(formatProblem).join('; ')}`,
    };
  return { kind: 'draft', id: briefing.id, fileName, yaml };
}
