import type { Entity, EntityBook } from './entity-book.ts';
import type { Found } from './found.ts';
import { roleNouns } from './name-words.ts';
import { unnamed } from './unnamed-bodies.ts';

/** The story's opening paragraphs, where news introduces someone by office before naming them. */
const LEDE = 2;

/**
 * "A federal judge on Wednesday declined to approve a settlement …, saying a ruling has
 * “thrown a wrench into the works.” … But U.S. District Judge Richard Rossiter Jr. said …":
 * American news often opens with someone's office and names them a paragraph or two later. Words
 * given in the opening paragraphs to someone unnamed, described by an office (`federal judge`),
 * are the one person the story names with that office as their title, when exactly one does.
 * Someone unnamed later in a story is left as the story leaves them: a source that asked not to
 * be named is not the official named beside them.
 */
export function nameTheOpeningOffice(found: Found[], book: EntityBook): void {
  const opening = new Set(
    found
      .filter((f) => f.paragraph <= LEDE && f.speaker.description === unnamed)
      .map((f) => f.speaker),
  );
  for (const someone of opening) {
    const holder = holderOf(someone, book);
    if (!holder) continue;
    for (const f of found) if (f.speaker === someone) f.speaker = holder;
  }
}

function holderOf(someone: Entity, book: EntityBook): Entity | undefined {
  const head = someone.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (!roleNouns.has(head) || someone.name.split(/\s+/u).length > 4) return undefined;
  const holders = book
    .all()
    .filter(
      (e) =>
        e.kind === 'person' &&
        e.order < Number.MAX_SAFE_INTEGER &&
        e.role?.split(/\s+/u).at(-1)?.toLowerCase() === head,
    );
  return holders.length === 1 ? holders[0] : undefined;
}
