import type { QuoteSpan } from './find-quotes.ts';
import type { Sentence } from './sentences.ts';

/**
 * Quote marks that set off a label rather than someone's words: `an “all-hands” meeting`, where
 * the quoted word qualifies the noun after it, and `NBC's "Meet the Press,"`, a programme's or a
 * book's title after its owner. Neither is speech, so neither gets a speaker.
 */
export function isLabel(sentence: Sentence, quote: QuoteSpan): boolean {
  const before = sentence.text.slice(0, Math.max(0, quote.open - sentence.start));
  const after = sentence.text.slice(Math.max(0, quote.close - sentence.start));
  const words = quote.text.trim().split(/\s+/u);
  return modifier(words, before, after) || ownedTitle(words, before);
}

/**
 * One hyphenated word between an article and the lower-case noun it qualifies. Plain words there
 * ("a “closed chapter” now") are often the speaker's, so only compounds count.
 */
function modifier(words: readonly string[], before: string, after: string): boolean {
  if (words.length !== 1 || !/^\p{L}+-\p{L}+$/u.test(words[0] ?? '')) return false;
  return /\b(?:an?|the)\s*$/iu.test(before) && /^\s*\p{Ll}+\b(?![.,;:!?]*["”])/u.test(after);
}

const functionWord = /^(?:the|a|an|of|on|in|and|to|for|with|at)$/u;

/** A title, every word capitalised but its small words, right after its owner's possessive. */
function ownedTitle(words: readonly string[], before: string): boolean {
  if (words.length < 2 || words.length > 6) return false;
  if (!/\p{Lu}[\p{L}.]*['’]s\s*$/u.test(before)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || functionWord.test(w.replace(/[.,;:!?]+$/u, '')));
}
