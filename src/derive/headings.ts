import type { Sentence } from './sentences.ts';

/**
 * Whether a sentence, `alone` in its paragraph, is a heading inside the story ("Big Apple crunch", "Positive Impact"): a whole
 * paragraph of six words or fewer, with no quote and nothing that ends or breaks off a sentence.
 * Stories set such lines over their sections; they name a theme, not who the next lines are about,
 * so no pronoun after them means a name in them, and their words are no evidence of a person.
 */
export function isHeading(sentence: Sentence, alone: boolean): boolean {
  const text = sentence.text.trim();
  return (
    sentence.start === 0 &&
    alone &&
    sentence.quotes.length === 0 &&
    text.split(/\s+/).length <= 6 &&
    !/[.!?:;,"”’'…)\]]$/u.test(text) &&
    // "Committee Convener, Martin Whitfield MSP said": a line that hands over to the quote below,
    // its colon lost, is no heading.
    !/\b(?:said|says|added|adds|stated|states|commented|comments)$/u.test(text)
  );
}
