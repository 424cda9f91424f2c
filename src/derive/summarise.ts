import type { KeyPoint } from '../content/briefing-schema.ts';
import type { Sentence } from './sentences.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const quoteOnly = (s: Sentence) => /^[\s\ue000.,!?]*$/u.test(s.masked) || /^[“"‘]/u.test(s.text);

/**
 * The lead: the story's first sentences, as the reporter wrote them. News puts the most important
 * facts first, so for a summary the lead does better than ranking sentences by their links.
 */
export function leadSummary(sentences: readonly Sentence[][]): string {
  const lead = (skipQuotes: boolean) => {
    const picked: string[] = [];
    for (const sentence of sentences.flat()) {
      if (skipQuotes && quoteOnly(sentence)) continue;
      picked.push(sentence.text);
      if (picked.length >= 2 || words(picked.join(' ')) >= 35) break;
    }
    return picked.join(' ');
  };
  // A release that is nothing but someone's statement has no reporting sentence: its own first
  // words then stand for it, as a briefing must have a summary.
  return lead(true) || lead(false);
}

/**
 * Key points: the opening sentence of each early paragraph that reports rather than quotes, each
 * tied to its paragraph, skipping what the summary already says.
 */
export function keyPoints(
  sentences: readonly Sentence[][],
  summary: string,
  limit = 5,
): KeyPoint[] {
  const points: KeyPoint[] = [];
  for (const paragraph of sentences) {
    const first = paragraph[0];
    if (!first || quoteOnly(first) || words(first.text) < 8 || summary.includes(first.text))
      continue;
    points.push({ text: first.text, paragraphs: [first.paragraph + 1] });
    if (points.length >= limit) break;
  }
  if (points.length === 0) {
    const all = sentences.flat();
    const lead = all.find((s) => !quoteOnly(s)) ?? all[0];
    if (lead) points.push({ text: lead.text, paragraphs: [lead.paragraph + 1] });
  }
  return points;
}
