import MiniSearch from 'minisearch';
import type { Briefing } from '../content/briefing-schema.ts';
import { normalizeName } from '../content/normalize.ts';

/** A searchable passage of a briefing: its summary, a key point, a statement or background. */
export interface Passage {
  id: string;
  briefingId: string;
  part: 'title' | 'summary' | 'point' | 'statement' | 'background';
  /** Position within its part (the statement's or key point's index). */
  index: number;
  text: string;
  speaker: string;
  /** Topic words an editor attached (a statement's `about`), searched but not shown. */
  keywords: string;
}

export interface PassageHit extends Passage {
  score: number;
  /** The indexed words that matched, for picking the passage's most relevant sentence. */
  terms: string[];
}

// Words too common to rank by; searching "the sanctions" should rank on "sanctions".
const stopWords = new Set(
  'a an and are as at be by for from has have he in is it its of on or that the their this to was were will with'.split(
    ' ',
  ),
);

function processTerm(term: string): string | null {
  const folded = normalizeName(term).replace(/ /g, '');
  return folded === '' || stopWords.has(folded) ? null : folded;
}

/** Every passage of a briefing, with stable ids so a changed briefing replaces exactly its own. */
export function passagesOf(briefing: Briefing, speakerName: (id: string) => string): Passage[] {
  const base = { briefingId: briefing.id, speaker: '', keywords: '' };
  const passages: Passage[] = [
    { ...base, id: `${briefing.id}#title`, part: 'title', index: 0, text: briefing.title },
    { ...base, id: `${briefing.id}#summary`, part: 'summary', index: 0, text: briefing.summary },
  ];
  briefing.keyPoints.forEach((point, index) => {
    passages.push({
      ...base,
      id: `${briefing.id}#point${index}`,
      part: 'point',
      index,
      text: point.text,
    });
  });
  briefing.background.forEach((text, index) => {
    passages.push({
      ...base,
      id: `${briefing.id}#background${index}`,
      part: 'background',
      index,
      text,
    });
  });
  briefing.statements.forEach((statement, index) => {
    passages.push({
      ...base,
      id: `${briefing.id}#statement${index}`,
      part: 'statement',
      index,
      text: statement.context,
      speaker: speakerName(statement.speaker),
      keywords: statement.about.join(' '),
    });
  });
  return passages;
}

/** Full-text search over every passage, ranked (BM25 via MiniSearch), tolerant of typos. */
export function createTextIndex() {
  const mini = new MiniSearch<Passage>({
    fields: ['text', 'speaker', 'keywords'],
    storeFields: ['briefingId', 'part', 'index', 'text', 'speaker'],
    processTerm,
    searchOptions: { boost: { text: 2, speaker: 1, keywords: 1 } },
  });
  const idsOf = new Map<string, string[]>();

  return {
    setBriefing(briefingId: string, passages: Passage[]): void {
      this.removeBriefing(briefingId);
      mini.addAll(passages);
      idsOf.set(
        briefingId,
        passages.map((passage) => passage.id),
      );
    },
    removeBriefing(briefingId: string): void {
      for (const id of idsOf.get(briefingId) ?? []) mini.discard(id);
      idsOf.delete(briefingId);
    },
    /** Passages with every word (typos allowed), or failing that any word, best first. */
    search(query: string, filter?: (passage: Passage) => boolean): PassageHit[] {
      const options = {
        prefix: (term: string) => term.length >= 4,
        fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
        ...(filter
          ? { filter: (result: Record<string, unknown>) => filter(result as unknown as Passage) }
          : {}),
      };
      let results = mini.search(query, { ...options, combineWith: 'AND' });
      if (results.length === 0) results = mini.search(query, { ...options, combineWith: 'OR' });
      return results.map((result) => ({
        id: String(result.id),
        briefingId: result.briefingId as string,
        part: result.part as Passage['part'],
        index: result.index as number,
        text: result.text as string,
        speaker: result.speaker as string,
        keywords: '',
        score: result.score,
        terms: result.terms,
      }));
    },
  };
}

export type TextIndex = ReturnType<typeof createTextIndex>;
