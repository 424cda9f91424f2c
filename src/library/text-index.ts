import MiniSearch from 'minisearch';
import type { BriefingBody, BriefingHead } from '../content/lean-briefing.ts';
import { normalizeName } from '../content/normalize.ts';
import { type Bm25State, createBm25Index, type SearchOptions } from './bm25-index.ts';

export type PassagePart = 'title' | 'summary' | 'point' | 'statement' | 'background';

/** A searchable passage of a briefing: its summary, a key point, a statement or background. */
export interface Passage {
  /** `${briefingId}#${part}${index}`: the passage can be found again from its id alone. */
  id: string;
  briefingId: string;
  part: PassagePart;
  /** Position within its part (the statement's or key point's index). */
  index: number;
  text: string;
  speaker: string;
  /** Topic words an editor attached (a statement's `about`), searched but not shown. */
  keywords: string;
}

/** A briefing that matches a search, with the indexed words that matched. */
export interface BriefingHit {
  briefingId: string;
  score: number;
  terms: readonly string[];
}

// Words too common to rank by; searching "the sanctions" should rank on "sanctions".
const stopWords = new Set(
  'a an and are as at be by for from has have he in is it its of on or that the their this to was were will with'.split(
    ' ',
  ),
);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Most words are plain ASCII; only the others need the (slower) accent folding.
  const folded = /^[a-z0-9]+$/.test(lower) ? lower : normalizeName(term).replace(/ /g, '');
  return folded === '' || stopWords.has(folded) ? null : folded;
}

export function passageId(briefingId: string, part: PassagePart, index: number): string {
  return `${briefingId}#${part}${index}`;
}

/** One passage of a briefing, or undefined if the briefing has no such part. */
export function passageAt(
  briefing: BriefingHead,
  body: BriefingBody,
  part: PassagePart,
  index: number,
  speakerName: (id: string) => string,
): Passage | undefined {
  const make = (text: string, speaker = '', keywords = ''): Passage => ({
    id: passageId(briefing.id, part, index),
    briefingId: briefing.id,
    part,
    index,
    text,
    speaker,
    keywords,
  });
  switch (part) {
    case 'title':
      return index === 0 ? make(briefing.title) : undefined;
    case 'summary':
      return index === 0 ? make(body.summary) : undefined;
    case 'point': {
      const point = body.keyPoints[index];
      return point ? make(point.text) : undefined;
    }
    case 'background': {
      const text = body.background[index];
      return text === undefined ? undefined : make(text);
    }
    case 'statement': {
      const statement = body.statements[index];
      return statement
        ? make(statement.context, speakerName(statement.speaker), statement.about.join(' '))
        : undefined;
    }
  }
}

/** Every passage of a briefing, with stable ids so a changed briefing replaces exactly its own. */
export function passagesOf(
  briefing: BriefingHead,
  body: BriefingBody,
  speakerName: (id: string) => string,
): Passage[] {
  const where: [PassagePart, number][] = [
    ['title', 0],
    ['summary', 0],
    ...body.keyPoints.map((_, i): [PassagePart, number] => ['point', i]),
    ...body.background.map((_, i): [PassagePart, number] => ['background', i]),
    ...body.statements.map((_, i): [PassagePart, number] => ['statement', i]),
  ];
  return where.flatMap(
    ([part, index]) => passageAt(briefing, body, part, index, speakerName) ?? [],
  );
}

const loose = {
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
};

/** A search over either index: MiniSearch's for a few passages, or the briefings'. */
type Search<H> = (query: string, options: SearchOptions) => { total: number; hits: H[] };

/**
 * Every word as typed first; failing that, every word allowing typos and word endings; failing
 * that, any word. Expanding each word to its near spellings multiplies the postings a common word
 * brings, so the loose passes run only when the exact one finds nothing.
 */
function searchBoth<H>(search: Search<H>, query: string) {
  const exact = search(query, { combineWith: 'AND' });
  if (exact.total > 0) return exact;
  const all = search(query, { ...loose, combineWith: 'AND' });
  return all.total > 0 ? all : search(query, { ...loose, combineWith: 'OR' });
}

/** The fields a briefing is indexed by, in the order a snapshot saves them. */
export const textFields = [
  'title',
  'summary',
  'points',
  'background',
  'statements',
  'speakers',
  'keywords',
] as const;

/** A briefing as the index sees it: its text by field. */
type BriefingDocument = Record<(typeof textFields)[number], string> & { id: string };

function documentOf(
  briefing: BriefingHead,
  body: BriefingBody,
  speakerName: (id: string) => string,
): BriefingDocument {
  const { summary, keyPoints, background, statements } = body;
  return {
    id: briefing.id,
    title: briefing.title,
    summary,
    points: keyPoints.map((point) => point.text).join('\n'),
    background: background.join('\n'),
    statements: statements.map((statement) => statement.context).join('\n'),
    speakers: [...new Set(statements.map((statement) => speakerName(statement.speaker)))].join(
      '\n',
    ),
    keywords: [...briefing.tags, ...statements.flatMap((statement) => statement.about)].join('\n'),
  };
}

/**
 * Full-text search over briefings (BM25, ranked as MiniSearch ranks), tolerant of typos. One
 * document per briefing rather than per passage keeps the index a fraction of the size; the
 * passages that matched are found afterwards, within the few briefings shown. `from` is a
 * snapshot's contents to start from (see text-snapshot.ts).
 */
export function createTextIndex(from?: Bm25State) {
  const index = createBm25Index({
    fields: textFields,
    processTerm,
    boost: { title: 3, summary: 2, points: 2, keywords: 1.5 },
    ...(from ? { from } : {}),
  });

  /** The best `limit` briefings for a query, and how many match in all. */
  function searchTop(query: string, limit: number): { total: number; hits: BriefingHit[] } {
    const { total, hits } = searchBoth((q, options) => index.top(q, options, limit), query);
    return {
      total,
      hits: hits.map((hit) => ({ briefingId: hit.id, score: hit.score, terms: hit.terms })),
    };
  }

  return {
    setBriefing(
      briefing: BriefingHead,
      body: BriefingBody,
      speakerName: (id: string) => string,
    ): void {
      index.remove(briefing.id);
      const { id, ...document } = documentOf(briefing, body, speakerName);
      index.add(id, document);
    },
    removeBriefing(briefingId: string): void {
      index.remove(briefingId);
    },
    has: (briefingId: string) => index.has(briefingId),
    /** Once the index is built: readies what common words' first searches need, when idle. */
    reserveSearch: () => index.reserveSearch(),
    /** What a snapshot saves. */
    state: () => index.state(),
    /** Every matching briefing, best first. */
    search: (query: string): BriefingHit[] => searchTop(query, Number.POSITIVE_INFINITY).hits,
    searchTop,
  };
}

/** The words of a text as the index sees them. */
function termsOf(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).flatMap((word) => processTerm(word) ?? []));
}

// Splitting passages into words is most of a search's cost at small sizes, and searches keep
// finding the same few briefings: the words of the most recent ones are kept, for as long as the
// library is unchanged (its version is part of the key).
const RECENT_BRIEFINGS = 256;
const recentWords = new Map<BriefingHead, { version: number; words: Set<string>[] }>();

function wordsOf(
  briefing: BriefingHead,
  passages: readonly Passage[],
  version: number,
): Set<string>[] {
  const cached = recentWords.get(briefing);
  recentWords.delete(briefing);
  const words =
    cached && cached.version === version && cached.words.length === passages.length
      ? cached.words
      : passages.map((p) => termsOf(`${p.text} ${p.speaker} ${p.keywords}`));
  if (recentWords.size >= RECENT_BRIEFINGS) {
    const oldest = recentWords.keys().next().value;
    if (oldest !== undefined) recentWords.delete(oldest);
  }
  recentWords.set(briefing, { version, words });
  return words;
}

/** A briefing's passages that hold the most of the matched words, best first. */
export function matchingPassages(
  briefing: BriefingHead,
  passages: readonly Passage[],
  terms: readonly string[],
  limit: number,
  version = 0,
): Passage[] {
  const words = wordsOf(briefing, passages, version);
  const wanted = new Set(terms);
  const rank: Record<PassagePart, number> = {
    statement: 0,
    point: 1,
    summary: 2,
    background: 3,
    title: 4,
  };
  return passages
    .map((passage, i) => {
      const present = words[i] ?? new Set<string>();
      return { passage, hits: [...wanted].filter((term) => present.has(term)).length };
    })
    .filter((entry) => entry.hits > 0)
    .sort(
      (a, b) =>
        b.hits - a.hits ||
        rank[a.passage.part] - rank[b.passage.part] ||
        a.passage.index - b.passage.index,
    )
    .slice(0, limit)
    .map((entry) => entry.passage);
}

/** Searches a small set of passages directly (one speaker's statements), best first. */
export function searchPassages(passages: readonly Passage[], query: string): string[] {
  const mini = new MiniSearch<Passage>({ fields: ['text', 'speaker', 'keywords'], processTerm });
  mini.addAll(passages);
  const search: Search<{ id: unknown }> = (q, options) => {
    const hits = mini.search(q, options);
    return { total: hits.length, hits };
  };
  return searchBoth(search, query).hits.map((result) => String(result.id));
}
