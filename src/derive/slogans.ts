import type { QuoteSpan } from './find-quotes.ts';
import type { Sentence } from './sentences.ts';

/**
 * Words that present what a crowd chants or carries: "chanted slogans like “…”", "carried signs
 * reading “…”", "banners saying “…”". Such words are no one's speech, so no speaker is given them.
 */
const sloganWord =
  /\b(?:chant(?:ed|ing|s)?|slogans?|placards?|banners?|(?:carried|carrying|held|holding|waved|waving)\s+signs?|signs\s+(?:read|reading|saying|that\s+read))\b/iu;

/**
 * A verb of saying after the slogan word gives the quote back to a speaker; a past one ("signs
 * quoting things Trump had said") only describes what the signs repeat.
 */
const saidAfter = /(?<!\bhad\s)\b(?:said|says|told|added|asked|explained)\b/iu;

/** True when the quote is a chant, slogan, sign or banner the sentence presents before it. */
export function isSlogan(sentence: Sentence, quote: QuoteSpan): boolean {
  const before = sentence.text.slice(0, Math.max(0, quote.open - sentence.start));
  const match = sloganWord.exec(before);
  if (!match) return false;
  return !saidAfter.test(before.slice(match.index));
}
