import type { Briefing } from '../content/briefing-schema.ts';
import { type CleanArticle, cleanArticle } from './clean-article.ts';
import { draftBriefing } from './draft-briefing.ts';
import { findEntities } from './find-entities.ts';
import { findQuotes } from './find-quotes.ts';
import { findStatements } from './find-statements.ts';
import { headlineQuotes } from './headline-quotes.ts';
import { headlineWriter } from './headline-writer.ts';
import { mendClosingMarks } from './mend-marks.ts';
import { splitSentences } from './sentences.ts';
import { writeDraft } from './write-draft.ts';

export interface DeriveOptions {
  /** The briefing id; by default a slug of the headline. */
  id?: string;
  /** The page date to use when the article has no date line (ISO). */
  fallbackDate?: string;
  /** Where the article came from, named in the draft's header. */
  source?: string;
}

/** A drafted briefing and what went into it. */
export interface Derived {
  briefing: Briefing;
  /** The briefing file's text. */
  yaml: string;
  article: CleanArticle;
  /** Quoted words for which no speaker was found; paragraph 0 is the headline. */
  unattributed: { paragraph: number; text: string }[];
}

/**
 * Drafts a briefing from the plain text of a news article. Deterministic and offline: the same text
 * and options always give the same file.
 */
export function deriveBriefing(text: string, options: DeriveOptions = {}): Derived {
  const cleaned = cleanArticle(text);
  const article = { ...cleaned, paragraphs: mendClosingMarks(cleaned.paragraphs) };
  const quotes = findQuotes(article.paragraphs);
  const sentences = article.paragraphs.map((p, i) => splitSentences(p, i, quotes[i] ?? []));
  const book = findEntities(sentences.flat());
  const writer = headlineWriter(article.headline, book);
  const statements = findStatements(article.paragraphs, sentences, book, writer);
  const headline = headlineQuotes(article.headline, statements.found);
  const briefing = draftBriefing({
    article,
    sentences,
    book,
    statements: [...headline.found, ...statements.found],
    ...(options.id ? { id: options.id } : {}),
    ...(options.fallbackDate ? { fallbackDate: options.fallbackDate } : {}),
  });
  const unattributed = [
    ...headline.unplaced.map((text) => ({ paragraph: 0, text })),
    ...statements.unattributed.map((q) => ({ paragraph: q.paragraph + 1, text: q.text })),
  ];
  const yaml = writeDraft(briefing, {
    ...(options.source ? { source: options.source } : {}),
    unattributed,
    dateGuessed: article.date === undefined,
  });
  return { briefing, yaml, article, unattributed };
}
