/** A followed feed as `/feeds list` shows it. */
export interface FeedView {
  id: number;
  url: string;
  title?: string;
  /** "polled 10:42 UTC", "not polled yet". */
  lastPoll: string;
  /** Items seen so far, and how many became drafts. */
  seen: number;
  drafted: number;
  /** The last failure, while it keeps failing. */
  lastError?: string;
  /** Set when polling has stopped; the reason, and how to start it again. */
  pausedReason?: string;
}

/** Thrown for a feed URL Briefbot will not follow; the message is for the editor. */
export class FeedRefusal extends Error {
  override name = 'FeedRefusal';
}

/**
 * Followed feeds, as the `/feeds` commands use them. `add` checks the URL (its form, and that it
 * resolves to a public address unless private ones are allowed) and throws FeedRefusal when it
 * will not do; adding a feed already followed unpauses it.
 */
export interface FeedService {
  add(url: string, addedBy: string): Promise<{ feed: FeedView; added: boolean }>;
  list(): Promise<FeedView[]>;
  remove(id: number): Promise<FeedView | undefined>;
}
