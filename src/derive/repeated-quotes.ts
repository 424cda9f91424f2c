import type { QuoteSpan } from './find-quotes.ts';
import type { Found } from './found.ts';
import type { Sentence } from './sentences.ts';
import { holdsRun } from './word-runs.ts';

/** Words of a quote as compared with another: no case, no punctuation, marks alike. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[‘’']/gu, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Fewer words than this say too little to be known as someone's again: "missing files", a name
 * such as "Get the L Out", a title such as "the Queen of Soul".
 */
const MIN_WORDS = 5;

/**
 * `“The City will never help us until we protest.”` printed under the headline, and later
 * `he said, “We will burn tyres every evening and morning. The City will never help us until we
 * protest.”`: a quote no rule placed whose words, five or more, stand in a quote the story gives
 * to someone is theirs again. News sites print such pull quotes in a standfirst or a box, with
 * no one named beside them.
 */
export function shareRepeatedSpeakers(
  sentences: readonly Sentence[][],
  found: Found[],
  unattributed: QuoteSpan[],
): void {
  const quoted = found
    .filter((f) => f.kind !== 'paraphrase')
    .map((f) => ({ found: f, words: wordsOf(f.text) }));
  // `… as agreed by EU fisheries ministers, would be "not an exemption, but a loophole"` opening
  // a story, and later `"This exemption is not an exemption but a loophole. …", said Ulrike
  // Rodust`: words the opening paragraph gave to a body or to someone unnamed are the person's
  // whose quote later in the story holds them.
  // So are the words of a paragraph that is one quote alone, a subheading printed in marks
  // (`‘With business leaders in Omaha and Lincoln nonstop’`), whoever it was given to.
  const alone = (f: Found) => {
    const text = (sentences[f.paragraph - 1] ?? []).map((s) => s.text).join(' ');
    return text.length - f.text.length <= 3;
  };
  for (const opening of quoted) {
    if (opening.words.length < MIN_WORDS) continue;
    const first = opening.found.paragraph === 1 && opening.found.speaker.kind !== 'person';
    if (!first && !alone(opening.found)) continue;
    const source = quoted.find(
      (q) =>
        q !== opening &&
        q.found.paragraph > opening.found.paragraph &&
        q.found.speaker.kind === 'person' &&
        q.words.length >= opening.words.length &&
        holdsRun(q.words, opening.words),
    );
    if (source) opening.found.speaker = source.found.speaker;
  }
  for (const quote of [...unattributed]) {
    const words = wordsOf(quote.text);
    if (words.length < MIN_WORDS) continue;
    const source = quoted.find((q) => q.words.length >= words.length && holdsRun(q.words, words));
    if (!source) continue;
    const sentence = sentences[quote.paragraph]?.find((s) => s.quotes.includes(quote));
    unattributed.splice(unattributed.indexOf(quote), 1);
    found.push({
      speaker: source.found.speaker,
      kind: words.length === source.words.length ? source.found.kind : 'partial',
      text: quote.text.replace(/[\s,;:]+$/u, ''),
      context: sentence?.text ?? quote.text,
      paragraph: quote.paragraph + 1,
      order: quote.paragraph * 1e6 + quote.open,
    });
  }
}
