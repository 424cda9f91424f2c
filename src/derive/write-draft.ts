import { Document } from 'yaml';
import type { Briefing } from '../content/briefing-schema.ts';

/** What the editor should know about a draft, written at the top of the file. */
export interface DraftNotes {
  /** Where the article came from (a file name), if known. */
  source?: string;
  /** Quoted words no speaker was found for, with their paragraph (0 for the headline). */
  unattributed: { paragraph: number; text: string }[];
  /** Set when the page date was not in the article. */
  dateGuessed?: boolean;
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Drops fields that hold only their default, so the draft reads like a hand-written briefing. */
function trimDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(trimDefaults);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const empty = Array.isArray(field) && field.length === 0 && key !== 'aliases';
    if (empty || (key === 'notable' && field === false)) continue;
    kept[key] = trimDefaults(field);
  }
  return kept;
}

/**
 * The draft as a YAML briefing file, headed by a comment that says it is a draft for review and
 * lists what the editor should check first.
 */
export function writeDraft(briefing: Briefing, notes: DraftNotes): string {
  const header = [
    ` Draft briefing: ${briefing.title}`,
    '',
    ` Drafted by \`npm run derive\`${notes.source ? ` from ${notes.source}` : ''}, for an editor to review.`,
    ' Check each statement’s speaker and kind against the article, fill in background, tags and',
    ' related, and remove `draft: true` once the briefing is reviewed.',
    ' Paragraphs count the story’s body paragraphs from 1; the date line, headline and page',
    ' furniture are not counted.',
  ];
  if (notes.dateGuessed)
    header.push('', ' The article has no date line: `pageDate` is the day it was drafted.');
  if (notes.unattributed.length > 0) {
    header.push('', ' Quoted words with no speaker found (left out of the statements):');
    for (const quote of notes.unattributed)
      header.push(
        `   ${quote.paragraph === 0 ? 'headline' : `¶${quote.paragraph}`}: “${clip(quote.text, 80)}”`,
      );
  }
  const doc = new Document(trimDefaults(briefing));
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
