import type { Clause } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';

/**
 * "Finally Boff considered three criteria …: “All tradition …”": a whole sentence quoted after a
 * colon, in a sentence whose subject is a person named at its opening, is that person's, though no
 * verb of saying stands before it. Only a name that opens the sentence (after at most one adverb)
 * counts, so "The list included one line: “…”" gives the words to no one.
 */
export function colonSpeaker(clause: Clause, quote: QuoteSpan): Entity | undefined {
  const open = quote.open - clause.sentence.start;
  const lead = clause.masked.slice(0, open);
  if (!/:\s*$/u.test(lead) || lead.includes('\ue000')) return undefined;
  if (!/^\p{Lu}/u.test(quote.text)) return undefined;
  const first = clause.mentions.find((m) => m.kind === 'name' && !m.appositive);
  if (
    !first ||
    first.possessive ||
    !/^(?:\p{Lu}\p{Ll}+ly\s+|Then\s+)?$/u.test(lead.slice(0, first.start))
  )
    return undefined;
  const entity = clause.resolved.get(first);
  return entity?.kind === 'person' ? entity : undefined;
}
