import type { Clause } from './clause.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { someoneUnnamed } from './unnamed-bodies.ts';

/** Words that end the description of someone unnamed and begin what they were doing. */
const describedBy =
  /^(?:in|on|at|to|from|with|while|who|during|after|before|about|for|as|when|outside|inside|near)$/u;

/** A year or a web address: a citation of a source ("— CBC.ca, August 15, 2008"), not a voice. */
const citation = /\b(?:1[89]|20)\d\d\b|\.(?:com|org|net|ca|co\.uk)\b/u;

/**
 * `“It’s very, very wound.” — Small child on a field trip`, `“…” — George W. Bush`: a whole
 * sentence in marks that opens its sentence and is followed only by a dash and who said it, as
 * an epigraph or a list of overheard remarks prints it, is that speaker's. A person the story
 * names is the speaker; otherwise the capitalised description after the dash names someone
 * unnamed, cut where what they were doing begins (`Security guard talking to …` is a security
 * guard). A body after the dash, a year or a web address is a source's credit, not a voice.
 */
export function dashCredit(clause: Clause, quote: QuoteSpan, book: EntityBook): Entity | undefined {
  const start = clause.sentence.start;
  if (clause.masked.slice(0, quote.open - start).trim() !== '') return undefined;
  if (!/[.!?…][’'"”]*$/u.test(quote.text.trim())) return undefined;
  const after = clause.masked.slice(quote.close - start);
  const dash = /^\s*[—–]\s*(?=\p{Lu})/u.exec(after);
  if (!dash) return undefined;
  const phrase = after.slice(dash[0].length).replace(/[\s.]+$/u, '');
  if (citation.test(phrase) || phrase === '') return undefined;
  const from = quote.close - start + dash[0].length;
  const named = clause.mentions.find((m) => m.start === from && m.kind === 'name');
  if (named) {
    const entity = clause.resolved.get(named);
    return entity?.kind === 'person' ? entity : undefined;
  }
  const words: string[] = [];
  for (const word of phrase.split(/\s+/u)) {
    if (describedBy.test(word) || /^\p{Ll}+ing$/u.test(word) || /[,;:\ue000]/u.test(word)) break;
    words.push(word);
  }
  const head = words.at(-1) ?? '';
  if (words.length === 0 || words.length > 6 || !/^\p{Ll}+$/u.test(head)) return undefined;
  // "Small child" is a small child; "City of Santa Fe mayoral candidate" keeps the name in it.
  const description = words.slice(1).some((w) => /^\p{Lu}/u.test(w))
    ? words.join(' ')
    : `${(words[0] ?? '').toLowerCase()} ${words.slice(1).join(' ')}`.trim();
  return someoneUnnamed(book, description);
}
