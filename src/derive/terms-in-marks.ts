import type { Sentence } from './sentences.ts';

/** A quote's words as a term: no case, no closing punctuation. */
export const termOf = (text: string): string =>
  text
    .trim()
    .replace(/[.,;:!?]+$/u, '')
    .toLowerCase();

/** How many times a single word must stand in marks before the story is taken to discuss it. */
const TIMES = 3;

/**
 * `define “woke.”`, `“Woke” was a contender for Merriam-Webster’s word of the year`, `raised “woke”
 * to prominence`: a single word the story puts in marks three times or more is a term it
 * discusses, not something someone said each time. Words said once or twice are left to the
 * other rules.
 */
export function termsInMarks(sentences: readonly Sentence[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const list of sentences)
    for (const sentence of list)
      for (const quote of sentence.quotes) {
        const term = termOf(quote.text);
        if (!/^[\p{L}-]+$/u.test(term)) continue;
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
  return new Set([...counts].filter(([, n]) => n >= TIMES).map(([term]) => term));
}
