/** A feed Briefbot follows, with what it knows from polling it. */
export interface Feed {
  id: number;
  url: string;
  /** The feed's own title, once read. */
  title?: string;
  /** Who added it: a platform user id, or `config` for the deployment's feeds file. */
  addedBy: string;
  addedAt: Date;
  /** Validators from the last full answer, sent back for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** When it is next due (after a success, its cache lifetime; after a failure, the backoff). */
  nextPollAt: Date;
  lastPolledAt?: Date;
  /** Failures in a row; reset by a success. */
  failures: number;
  lastError?: string;
  /** Set when polling stopped after repeated failures; `/feeds list` shows it. */
  pausedReason?: string;
  /** Whether it has been read once: the first read drafts only the newest few items. */
  primed: boolean;
}

/** What a poll changes about a feed. */
export type FeedUpdate = {
  [K in
    | 'title'
    | 'etag'
    | 'lastModified'
    | 'nextPollAt'
    | 'lastPolledAt'
    | 'failures'
    | 'lastError'
    | 'pausedReason'
    | 'primed']?: Feed[K] | undefined;
};

/**
 * Where feeds and the items already seen are kept, so nothing is drafted twice across restarts.
 * Promise-returning, so a networked database can stand behind it; every backend passes
 * `test/feeds/feed-store-contract.ts`. A field set to undefined in an update is cleared.
 */
export interface FeedStore {
  /** Adds a feed, due at once; the existing one if the URL is already followed. */
  add(url: string, addedBy: string, now: Date): Promise<{ feed: Feed; added: boolean }>;
  get(id: number): Promise<Feed | undefined>;
  /** Every feed, oldest first. */
  list(): Promise<Feed[]>;
  update(id: number, update: FeedUpdate): Promise<void>;
  /** Removes a feed and what was seen of it; false if there was none. */
  remove(id: number): Promise<boolean>;
  /**
   * Records an item as seen; true only for the call that recorded it first, so two pollers (or
   * a poll after a restart) never both draft it.
   */
  claimItem(feedId: number, key: string, now: Date): Promise<boolean>;
  /** Notes what became of a claimed item: the draft's id, or why none was made. */
  settleItem(
    feedId: number,
    key: string,
    outcome: { draftId?: string; error?: string },
  ): Promise<void>;
  /**
   * Gives back the claim on an item that was not drafted (its page could not be fetched), so a
   * later poll may try it again; an item already drafted keeps its claim.
   */
  releaseItem(feedId: number, key: string): Promise<void>;
  /** The number of items seen of a feed, and how many became drafts. */

  counts(feedId: number): Promise<{ seen: number; drafted: number }>;
  close(): Promise<void>;
}
