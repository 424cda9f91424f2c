import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BriefingWrites, createFolderWrites } from '../content/briefing-writes.ts';
import { parseBriefing } from '../content/parse-briefing.ts';
import { formatProblem } from '../content/problem.ts';
import { deriveBriefing } from '../derive/derive.ts';
import { slugify } from '../derive/entity-book.ts';
import { writeDraft } from '../derive/write-draft.ts';
import { extractArticle, storyText } from './article-text.ts';
import { ItemSkipped, PageUnavailable } from './feed-errors.ts';
import type { FeedItem } from './read-feed.ts';
import { type FetchLimits, safeFetch } from './safe-fetch.ts';

export interface DraftItemDeps {
  /** The briefings folder drafts are written to. */
  dir: string;
  /**
   * How a draft is written into it: the folder alone unless given (with DATABASE_URL, the app's
   * writes that every process applies to its own folder).
   */
  writes?: BriefingWrites;
  limits: FetchLimits;
  /** Serves a newly written file at once (which announces it in the review channel). */
  reload: (fileName: string) => void;
  now: () => Date;
  /**
   * Runs a stretch of CPU work (extracting, drafting, checking) when the event loop is free. The
   * poller passes one queue for all feeds, each stretch after a turn of the loop, so readers'
   * requests are answered between stretches rather than after a whole batch of drafts.
   */
  cpu: <T>(work: () => T) => Promise<T>;
}

/**
 * An id of its own: the headline's slug, numbered when a file already has it or when it was
 * refused already (taken by another process since).
 */
function freeId(dir: string, wanted: string, refused: ReadonlySet<string> = new Set()): string {
  const base = (slugify(wanted) || 'feed-item').slice(0, 60).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!refused.has(id) && !existsSync(join(dir, `${id}.yaml`))) return id;
  }
}

/** Names tried before giving up: each refusal means another process wrote that name meanwhile. */
const NAME_TRIES = 5;

/**
 * Fetches an item's page, extracts the story, drafts a briefing from it with `derive`, checks the
 * file as the folder would and writes it beside the other briefings as a draft (`draft: true`),
 * so it is served to no reader until an editor approves it. Returns the draft's id.
 */
export async function draftItem(
  item: FeedItem,
  feed: { title?: string; url: string },
  deps: DraftItemDeps,
): Promise<string> {
  if (!item.link) throw new ItemSkipped('the item has no link to an article');
  const page = await safeFetch(
    item.link,
    { accept: 'text/html,application/xhtml+xml' },
    deps.limits,
  );
  if (page.status >= 500 || page.status === 429)
    throw new PageUnavailable(`the article page answered HTTP ${page.status}`);
  if (page.status !== 200) throw new ItemSkipped(`the article page answered HTTP ${page.status}`);
  const article = await deps.cpu(() => extractArticle(page.body, page.url));
  if (article === undefined) throw new ItemSkipped('no article text found on the page');
  const headline = item.title !== '(untitled)' ? item.title : article.headline;
  const text = storyText({ ...article, headline }, item.published);
  const today = deps.now().toISOString().slice(0, 10);
  let derived: ReturnType<typeof deriveBriefing>;
  try {
    derived = await deps.cpu(() =>
      deriveBriefing(text, { id: freeId(deps.dir, headline), fallbackDate: today }),
    );
  } catch (error) {
    throw new ItemSkipped(`no draft could be made: ${(error as Error).message}`);
  }
  const writes = deps.writes ?? createFolderWrites(deps.dir);
  const refused = new Set<string>();
  for (
    let id = derived.briefing.id;
    refused.size < NAME_TRIES;
    id = freeId(deps.dir, headline, refused)
  ) {
    const briefing = {
      ...derived.briefing,
      id,
      draft: true,
      source: {
        ...derived.briefing.source,
        publisher: article.siteName || feed.title || derived.briefing.source.publisher,
        headline,
        url: item.link,
      },
    };
    const fileName = `${briefing.id}.yaml`;
    const { yaml, checked } = await deps.cpu(() => {
      const written = writeDraft(briefing, {
        source: `the feed ${feed.url}`,
        unattributed: derived.unattributed,
        dateGuessed: item.published === undefined && derived.article.date === undefined,
      });
      return { yaml: written, checked: parseBriefing(fileName, written) };
    });
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0)
      throw new ItemSkipped(`the draft does not validate: ${errors.map(formatProblem).join('; ')}`);
    if (!(await writes.create(fileName, yaml))) {
      refused.add(id);
      continue;
    }
    await deps.cpu(() => deps.reload(fileName));
    return briefing.id;
  }
  throw new ItemSkipped(`no free file name for the draft after ${NAME_TRIES} tries`);
}
