import { isCommonWord } from './common-words.ts';
import type { QuoteSpan } from './find-quotes.ts';
import type { Found } from './found.ts';
import type { Sentence } from './sentences.ts';

/**
 * Posts that quote a source in its own language print the original in marks and then the English
 * translation in marks, and both are that speaker's words. The rules read English verbs of saying,
 * so mostly only one of the two is attributed (the English, or the original when its verb is one
 * the rules know): a run of quotes in another language followed closely by as many English quotes
 * of about the same length is read as originals and their translations, and each pair shares the
 * speaker that either of them was given.
 */

/** One quote of the story in reading order, with the statement made of it if it has a speaker. */
interface Printed {
  quote: QuoteSpan;
  sentence: Sentence;
  found: Found | undefined;
  words: number;
  foreign: boolean;
}

/** How many paragraphs may stand between an original and its translation (other untranslated text). */
const MAX_GAP = 3;

/**
 * Words in another language: most letters in another script, or, in Latin letters, fewer than
 * three in ten words common in English and most words in lower case (so a quoted pair of names,
 * `"Asian Hitler"`, stays English). One word alone says too little.
 */
export function isForeignQuote(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 2) return false;
  const latin = words.filter((w) => /\p{Script=Latin}/u.test(w));
  if (latin.length * 2 < words.length) return true;
  const common = latin.filter((w) => isCommonWord(w)).length;
  const lower = latin.filter((w) => /^\p{Ll}/u.test(w)).length;
  return common / words.length < 0.3 && lower * 2 >= latin.length;
}

/** A translation runs a little longer or shorter than its original, never twice either way. */
function likeLength(original: Printed, translation: Printed): boolean {
  return translation.words * 2 >= original.words && translation.words <= original.words * 2;
}

function statementFor(from: Found, printed: Printed): Found {
  return {
    speaker: from.speaker,
    kind: from.kind,
    text: printed.quote.text.replace(/[\s,;:]+$/u, ''),
    context: printed.sentence.text,
    paragraph: printed.quote.paragraph + 1,
    order: printed.quote.paragraph * 1e6 + printed.quote.open,
  };
}

/**
 * The originals of the run `printed[start..end)` that the English quotes after it translate, one
 * each in order. A post often prints an earlier original whose translation it gives without marks,
 * so when the whole run does not pair, its last originals still may: the longest tail that pairs.
 */
function longestPairedTail(printed: readonly Printed[], start: number, end: number): Printed[] {
  for (let from = start; from < end; from++) {
    const originals = printed.slice(from, end);
    const translations = printed.slice(end, end + originals.length);
    const gap = (translations[0]?.quote.paragraph ?? 0) - (printed[end - 1]?.quote.paragraph ?? 0);
    const paired =
      translations.length === originals.length &&
      gap >= 1 &&
      gap <= MAX_GAP &&
      translations.every((t, n) => !t.foreign && likeLength(originals[n] as Printed, t));
    if (paired) return originals;
  }
  return [];
}

/**
 * Gives each unattributed original the speaker of its translation, and each unattributed
 * translation the speaker of its original; the new statements are added to `found` and their
 * quotes taken out of `unattributed`.
 */
export function shareTranslatedSpeakers(
  sentences: readonly Sentence[][],
  found: Found[],
  unattributed: QuoteSpan[],
): void {
  const byOrder = new Map(found.filter((f) => f.kind !== 'paraphrase').map((f) => [f.order, f]));
  const printed: Printed[] = sentences.flat().flatMap((sentence) =>
    sentence.quotes
      .filter((quote) => /\p{L}/u.test(quote.text))
      .map((quote) => ({
        quote,
        sentence,
        found: byOrder.get(quote.paragraph * 1e6 + quote.open),
        words: (quote.text.match(/\p{L}+/gu) ?? []).length,
        foreign: isForeignQuote(quote.text),
      })),
  );
  let i = 0;
  while (i < printed.length) {
    if (!printed[i]?.foreign) {
      i++;
      continue;
    }
    let j = i;
    while (printed[j]?.foreign) j++;
    const originals = longestPairedTail(printed, i, j);
    originals.forEach((original, n) => {
      const translation = printed[j + n] as Printed;
      const [from, to] = original.found ? [original, translation] : [translation, original];
      if (!from.found || to.found) return;
      const at = unattributed.indexOf(to.quote);
      if (at < 0) return;
      unattributed.splice(at, 1);
      to.found = statementFor(from.found, to);
      found.push(to.found);
    });
    i = j;
  }
}
