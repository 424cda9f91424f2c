import type { BriefingHead } from '../content/lean-briefing.ts';
import { count, formatDate, publisherLine, quoteBlock } from '../core/format.ts';
import type { Block, Reply } from '../core/reply.ts';
import type { Library } from '../library/library.ts';

/** A digest names at most this many briefings; the rest are counted and left to /topics. */
export const MAX_DIGEST_BRIEFINGS = 15;
const POINTS_PER_BRIEFING = 3;

export interface DigestRequest {
  /** Briefing ids to include; empty for all. */
  topics: readonly string[];
  /** The newest `updated` time the previous digest covered; null for a first digest. */
  since: string | null;
  notifyEmpty: boolean;
  /** Shown in the footer: which subscription this is and how to manage it. */
  footer: string;
}

export interface Digest {
  /** Undefined when there is nothing new and no "nothing new" note was asked for. */
  reply?: Reply;
  /** What the next digest starts after: the newest `updated` time covered so far. */
  coveredUntil: string | null;
  briefingIds: string[];
}

const time = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

function briefingBlocks(library: Library, briefing: BriefingHead): Block[] {
  const { statements, keyPoints } = library.bodyOf(briefing);
  const notable = statements.find((s) => s.notable) ?? statements.find((s) => s.kind === 'direct');
  const blocks: Block[] = [
    { type: 'heading', text: briefing.title },
    { type: 'bullets', items: keyPoints.slice(0, POINTS_PER_BRIEFING).map((p) => p.text) },
  ];
  if (notable)
    blocks.push(
      quoteBlock(briefing, notable, library.speaker(notable.speaker)?.name ?? notable.speaker),
    );
  blocks.push({
    type: 'paragraph',
    text: `${publisherLine(briefing)} · as of ${formatDate(briefing.updated)} · full briefing: /brief ${briefing.id}`,
  });
  return blocks;
}

/**
 * The digest for one subscription: the briefings new or updated since its last digest (by each
 * briefing's `updated` time), newest first, each with a few key points, a notable quote, the
 * source and how to read the whole briefing. A first digest covers the current briefings.
 */
export function composeDigest(library: Library, request: DigestRequest): Digest {
  const wanted = new Set(request.topics);
  const since = request.since === null ? Number.NEGATIVE_INFINITY : time(request.since);
  const matching = library.briefings().filter((b) => wanted.size === 0 || wanted.has(b.id));
  const fresh = matching.filter((b) => time(b.updated) > since);
  const newest = fresh.reduce<string | null>(
    (max, b) => (max === null || time(b.updated) > time(max) ? b.updated : max),
    null,
  );
  const coveredUntil = newest ?? request.since;
  const footer: Block = { type: 'footer', text: request.footer };

  if (fresh.length === 0) {
    if (!request.notifyEmpty) return { coveredUntil, briefingIds: [] };
    return {
      coveredUntil,
      briefingIds: [],
      reply: {
        title: 'Briefbot digest: nothing new',
        private: false,
        blocks: [
          { type: 'paragraph', text: 'No briefing is new or updated since the last digest.' },
          footer,
        ],
      },
    };
  }

  const shown = fresh.slice(0, MAX_DIGEST_BRIEFINGS);
  const blocks: Block[] = [];
  shown.forEach((briefing, index) => {
    if (index > 0) blocks.push({ type: 'divider' });
    blocks.push(...briefingBlocks(library, briefing));
  });
  const more = fresh.length - shown.length;
  if (more > 0)
    blocks.push({
      type: 'paragraph',
      text: `…and ${count(more, 'more briefing')}: /topics lists them all.`,
    });
  blocks.push(footer);
  return {
    coveredUntil,
    briefingIds: fresh.map((b) => b.id),
    reply: {
      title: `Briefbot digest: ${count(fresh.length, 'new or updated briefing')}`,
      private: false,
      blocks,
    },
  };
}
