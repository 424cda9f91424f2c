/**
 * Whether a briefing may reach readers. A draft (`draft: true`, as `npm run derive` writes it)
 * has not been checked by an editor: its quotes may be credited to the wrong person, so it is
 * never served, searched or digested until an editor approves it.
 */
export function isPublished(briefing: { draft?: boolean }): boolean {
  return briefing.draft !== true;
}

/** The briefings readers may see, and the drafts kept apart for review. */
export function splitDrafts<T extends { briefing: { draft?: boolean } }>(
  entries: readonly T[],
): { published: T[]; drafts: T[] } {
  const published: T[] = [];
  const drafts: T[] = [];
  for (const entry of entries) (isPublished(entry.briefing) ? published : drafts).push(entry);
  return { published, drafts };
}
