// The ways a feed read or an item's draft can fail, apart from the code that reads and drafts:
// the poller tells them apart at every read, and loads that code only when a feed is first read.

/** Thrown when a body is not a feed Briefbot can read; the message says what was wrong. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

/** Why an item made no draft; recorded against the item and logged, never retried. */
export class ItemSkipped extends Error {
  override name = 'ItemSkipped';
}

/** The article page could not be had for now (a server error, 429): a later poll may try again. */
export class PageUnavailable extends Error {
  override name = 'PageUnavailable';
}
