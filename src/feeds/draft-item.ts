import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftPool } from './draft-pool.ts';
import { type DraftInput, makeDraft } from './make-draft.ts';
import type { FeedItem } from './read-feed.ts';
import { type FetchLimits, safeFetch } from './safe-fetch.ts';

/** Why an item made no draft; recorded against the item and logged, never retried. */
export class ItemSkipped extends Error {
  override name = 'ItemSkipped';
}

/** The article page could not be had for now (a server error, 429): a later poll may try again. */
export class PageUnavailable extends Error {
  override name = 'PageUnavailable';
}

export interface DraftItemDeps {
  /** The briefings folder drafts are written to. */
  dir: string;
  limits: FetchLimits;
  /** Serves a newly written file at once (which announces it in the review channel). */
  reload: (fileName: string) => void;
  now: () => Date;
  /**
   * Runs a stretch of CPU work on the main thread when the event loop is free. The poller passes
   * one queue for all feeds, each stretch after a turn of the loop, so readers' requests are
   * answered between stretches rather than after a whole batch of drafts.
   */
  cpu: <T>(work: () => T) => Promise<T>;
  /** Drafts in a worker thread (see draft-pool.ts); without it, drafting runs through `cpu`. */
  pool?: DraftPool;
}

/**
 * Fetches an item's page, drafts a briefing from it (`makeDraft`, in a worker thread when there
 * is a pool) and writes it beside the other briefings as a draft (`draft: true`), so it is served
 * to no reader until an editor approves it. Returns the draft's id.
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
  const input: DraftInput = {
    html: page.body,
    pageUrl: page.url,
    ...(item.title !== '(untitled)' ? { title: item.title } : {}),
    link: item.link,
    ...(item.published !== undefined ? { published: item.published } : {}),
    feedUrl: feed.url,
    ...(feed.title ? { feedTitle: feed.title } : {}),
    dir: deps.dir,
    today: deps.now().toISOString().slice(0, 10),
  };
  const made = deps.pool ? await deps.pool.run(input) : await deps.cpu(() => makeDraft(input));
  if (made.kind === 'skipped') throw new ItemSkipped(made.reason);
  // Written under a dotted name the folder watcher ignores, then renamed: never half a file.
  const temporary = join(deps.dir, `.${made.fileName}.${process.pid}.tmp`);
  writeFileSync(temporary, made.yaml, { flag: 'wx' });
  renameSync(temporary, join(deps.dir, made.fileName));
  await deps.cpu(() => deps.reload(made.fileName));
  return made.id;
}
