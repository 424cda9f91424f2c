import type { QuoteSpan } from './find-quotes.ts';
import { attributionVerbs, reportingVerbs } from './speech-verbs.ts';

/** One sentence of a paragraph, with its quotes masked so patterns see only the frame. */
export interface Sentence {
  /** Index of the paragraph (0-based). */
  paragraph: number;
  start: number;
  end: number;
  /** The sentence as printed. */
  text: string;
  /**
   * The sentence with each quote, marks included, replaced by the same number of `MASK`
   * characters: offsets stay the same, and no word inside a quote can pass for a speaker.
   */
  masked: string;
  /** The quotes that lie in this sentence, in order. */
  quotes: QuoteSpan[];
}

/** The character that stands for quoted text in `Sentence.masked` (a private-use code point). */
export const MASK = '\ue000';

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Brig|Pvt|Pfc|Spc|Cpl|Cmdr|Cdr|Ens|Gov|Sen|Sens|Rep|Reps|Del|Rev|Hon|No|Inc|Corp|Ltd|Co|vs|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Calif|Mass|Wash|j\.g|[A-Z]|[A-Z]\.[A-Z])\.$/;

/**
 * `said Emily Pitts, 24, of Charleston, S.C. “We are not united …”`: a state's abbreviation after a
 * town and a comma, with a quote straight after it, ends the sentence, as the state written out
 * would. (`the U.S. “war on terror”` keeps its sentence: no comma and town before the initials.)
 */
function stateBeforeQuote(masked: string, at: number): boolean {
  return (
    /,\s+(?:[A-Z]\.[A-Z]|Calif|Mass|Wash)\.$/u.test(masked.slice(Math.max(0, at - 10), at + 1)) &&
    quoteNext.test(masked.slice(at + 1))
  );
}

/** A quote (masked) straight after the space that follows a full stop. */
const quoteNext = new RegExp(`^\\s+${MASK}`, 'u');

/**
 * Whether some words end a sentence inside them: a `!`, a `?` or a full stop that no
 * abbreviation or initial owns ("the U.S. branch", "Gen. Ada Marsh" do not end one).
 */
export function endsSentenceWithin(text: string): boolean {
  if (/[!?]/u.test(text)) return true;
  for (const stop of text.matchAll(/\./gu))
    if (!abbreviation.test(text.slice(Math.max(0, stop.index - 8), stop.index + 1))) return true;
  return false;
}

/**
 * Splits a paragraph into sentences. The split is made on the masked text, so a full stop inside a
 * quotation never ends the sentence that carries the quote's attribution.
 */
export function splitSentences(
  text: string,
  paragraph: number,
  quotes: readonly QuoteSpan[],
): Sentence[] {
  let masked = text;
  for (const quote of quotes) {
    masked =
      masked.slice(0, quote.open) +
      MASK.repeat(quote.close - quote.open) +
      masked.slice(quote.close);
  }
  const cuts: number[] = [];
  // `… Russia's “constitutional order.” (Twitter user X wrote …)`: a parenthesis that opens with a
  // capital after a full stop is a sentence of its own, with its own speaker.
  const boundary = new RegExp(
    `[.!?]+[)\\]’'"]*\\s+(?=\\(?[\\p{Lu}\\d${MASK}“‘"])|${MASK}\\s+(?=\\(?\\p{Lu}|${MASK})`,
    'gu',
  );
  for (const match of masked.matchAll(boundary)) {
    const at = match.index;
    if (masked[at] === MASK) {
      const quote = quotes.find((q) => q.close === at + 1);
      if (!quote || !/[.!?]$/.test(quote.text)) continue;
      const opened = masked.slice(cuts.at(-1) ?? 0, quote.open);
      if (attributionFollows(masked, at + 1) && !attributionBefore(opened)) continue;
    } else if (
      (abbreviation.test(masked.slice(Math.max(0, at - 8), at + 1)) &&
        !stateBeforeQuote(masked, at)) ||
      // "said Tech. Sgt. Richard Walters": "Tech." ends a sentence ("at Georgia Tech.") unless a
      // sergeant's title follows it.
      (/(?:^|\s)Tech\.$/u.test(masked.slice(Math.max(0, at - 5), at + 1)) &&
        /^\s+(?:Sgt\.|Sergeant\b)/u.test(masked.slice(at + 1)))
    ) {
      continue;
    }
    cuts.push(at + match[0].length);
  }
  // `imperialism." By using …`: a mark glued to a full stop, with the space after it, opens a
  // quote that is a sentence of its own; so does one glued to both (`connected.“It is …”`).
  for (const quote of quotes) {
    if (
      /[.!?]$/u.test(text.slice(0, quote.open)) &&
      /^[\s\p{Lu}]/u.test(text.slice(quote.open + 1))
    )
      cuts.push(quote.open);
  }
  cuts.sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    let end = cut;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) {
      sentences.push({
        paragraph,
        start,
        end,
        text: text.slice(start, end),
        masked: masked.slice(start, end),
        quotes: quotes.filter((q) => q.open >= start && q.open < end),
      });
    }
    start = cut;
  }
  return sentences;
}

/**
 * `She added, “…”`: the quote's sentence already has its attribution, so a name and a verb after
 * the quote (`… family.” Sarkozy said her return …`) start a sentence of their own. So does a verb
 * right before the quote with no comma, or with `that` (`Morawiecki tweeted “…”`, `said that “…”`).
 */
function attributionBefore(opened: string): boolean {
  const verb = /(\p{L}+)(?:(?:\s+(?:\p{L}+\s+){0,3}?)?[,:]|\s+that)?\s*$/u.exec(opened);
  return verb !== null && reportingVerbs.has((verb[1] ?? '').toLowerCase());
}

/** `“Why now?” Smith asked.` keeps the question with its attribution. */
function attributionFollows(masked: string, from: number): boolean {
  const next = masked.slice(from, from + 60);
  const found = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Ll}+)\b/u.exec(next);
  const verb = found?.[1] ?? '';
  // `“…country.” He says most Zimbabweans feel “…”`: a verb that goes on, in words of its own, to
  // a quote of its own opens a new sentence; `“…?” Smith asked, “…”` still carries the first.
  const after = masked.slice(from + (found?.[0].length ?? 0));
  if (/^\s+[^,.:;!?\ue000]*\p{L}[^,.:;!?\ue000]*\ue000/u.test(after)) return false;
  return attributionVerbs.has(verb) || ['asked', 'shouted', 'cried', 'wondered'].includes(verb);
}
