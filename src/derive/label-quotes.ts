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
  return (
    modifier(words, before, after) ||
    beforePluralNoun(quote.text, after) ||
    ownedTitle(words, before) ||
    titleInRunningText(words, before) ||
    glossed(quote.text, before, after) ||
    calledIt(after) ||
    coinedCompound(words, before) ||
    nameInRunningText(quote.text, before) ||
    wordOrWord(words, before, after)
  );
}

/**
 * `in terms of 'left' or 'right'`, `declaring the park “intangible” or “untouchable”`, `not up to
 * the general to "accept" or "consider."`: one word in marks offered with `or` against another is
 * a choice of words the story weighs, not something said; words someone said are not printed as
 * two alternatives of one word each. Questions and sentences joined by `or` stay speech.
 */
function wordOrWord(words: readonly string[], before: string, after: string): boolean {
  if (words.length !== 1) return false;
  return (
    /^\s*,?\s+or\s+["“'‘][\p{L}-]+[.,]?["”'’]/u.test(after) ||
    /["“'‘][\p{L}-]+[.,]?["”'’],?\s+or\s*$/u.test(before)
  );
}

/**
 * A word glossed in brackets: `he tomatoed (“otpomidoril”) the editor`, where the marks hold a
 * word in another language for the one before, or `“Nashists” (members of a youth group)`, where a
 * term of one or two words is explained after it. Speech is not set in brackets, nor explained; a
 * note that opens with a preposition (`“dangerous” (in Italian)`) tells where words come from.
 * Likewise a term followed by `meaning` or `which means` and its sense.
 */
function glossed(text: string, before: string, after: string): boolean {
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
  const words = text.trim().split(/\s+/u);
  // `the slogan "basta", meaning enough`: a term defined by the words after it.
  if (words.length <= 2 && /^[\s,]*(?:meaning|which\s+means|means)\s+\p{Ll}/u.test(after))
    return true;
  return (
    words.length <= 2 &&
    !/[.!?,;:]$/u.test(text) &&
    /^\s*\((?!(?:in|from|on|at|by|via|to|for|of|with)\b)(?:an?\s+|the\s+)?\p{Ll}[^()]{3,}\)/u.test(
      after,
    )
  );
}

/** `“Tomato terrorism,” as Morozov jokingly called it,`: a name someone gave a thing. */
const calledIt = (after: string) =>
  /^[\s,]*as\s+(?:he|she|they|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:\p{Ll}+ly\s+)?(?:called|calls|dubbed|dubs|termed|terms|named|nicknamed|labell?ed)\s+(?:it|them)\b/u.test(
    after,
  );

/**
 * One hyphenated word alone in marks (`was “ice-creamed” by`, `called it “push-backs”`,
 * `self-described “ultra-right” blogger`) is a coinage the story names; only after `as`
 * (`described him as “rat-like”`) is it someone's description in their words.
 */
function coinedCompound(words: readonly string[], before: string): boolean {
  if (words.length !== 1 || !/^\p{L}+-\p{L}+[.,]?$/u.test(words[0] ?? '')) return false;
  return !/\bas\s*$/iu.test(before);
}

/**
 * `for what he called the “Red Blitzkrieg.”`, `the so-called “Black Blitzkrieg,”`: a name in
 * capitals inside a sentence, its punctuation kept inside the marks, is a name, not words said;
 * one that opens a sentence or follows a colon (`“Captain Smith,” Kennedy said.`) may be speech.
 */
function nameInRunningText(text: string, before: string): boolean {
  if (!/^(?:[\p{Lu}\d][\p{L}\d’'&-]*\s+){1,5}[\p{Lu}\d][\p{L}\d’'&-]*[.,;!?]$/u.test(text))
    return false;
  return /[\p{L}\d]\s*$/u.test(before);
}

/**
 * One hyphenated word between an article and the lower-case noun it qualifies. Plain words there
 * ("a “closed chapter” now") are often the speaker's, so only compounds count.
 */
function modifier(words: readonly string[], before: string, after: string): boolean {
  if (words.length !== 1 || !/^\p{L}+-\p{L}+$/u.test(words[0] ?? '')) return false;
  return /\b(?:an?|the)\s*$/iu.test(before) && /^\s*\p{Ll}+\b(?![.,;:!?]*["”])/u.test(after);
}

/**
 * `especially “ghost” voters`, `“atypical” cases`: one plain word in marks, with nothing but
 * letters inside them, before a plural noun in lower case is how the story labels the noun. Over
 * the corpus this drops five labels for every two words someone was quoted as saying
 * (`“extraordinary” progress, he said`), which the marks alone cannot tell apart.
 */
function beforePluralNoun(text: string, after: string): boolean {
  return /^\p{L}+$/u.test(text.trim()) && /^\s+\p{Ll}{3,}s\b/u.test(after);
}

const functionWord = /^(?:the|a|an|of|on|in|and|to|for|with|at)$/u;

/** A title, every word capitalised but its small words, right after its owner's possessive. */
function ownedTitle(words: readonly string[], before: string): boolean {
  if (words.length < 2 || words.length > 6) return false;
  if (!/\p{Lu}[\p{L}.]*['’]s\s*$/u.test(before)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || functionWord.test(w.replace(/[.,;:!?]+$/u, '')));
}

/**
 * `appeared on “Meet the Press” this weekend`, `a conference of the “Friends of Yemen”`: every
 * word capitalised but its small words, with no punctuation kept inside the marks, after a word
 * in lower case, is a title or a name, as after an owner's possessive (`ownedTitle`). Words said
 * in capitals (`“Captain Smith,” Kennedy said`) open their sentence or keep their comma.
 */
function titleInRunningText(words: readonly string[], before: string): boolean {
  if (words.length < 2 || words.length > 6) return false;
  if (!/\p{Ll}\s*$/u.test(before)) return false;
  if (/[.,;:!?]$/u.test(words.at(-1) ?? '')) return false;
  if (!/^\p{Lu}/u.test(words.at(-1) ?? '')) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || functionWord.test(w));
}
