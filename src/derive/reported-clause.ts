/**
 * The clause a verb of saying leads into: what stands in it is reported, so whoever acts there is
 * not, on that ground alone, the one whose words are quoted.
 */
import { type Clause, subjectOf, type Verb } from './clause.ts';
import type { QuoteSpan } from './find-quotes.ts';

/** Whether a verb of saying leads into the quote from earlier in its sentence. */
export function ledIn(clause: Clause, quote: QuoteSpan): boolean {
  const open = quote.open - clause.sentence.start;
  return clause.verbs.some(
    (v) => v.end <= open && !/[.;:!?\ue000]/u.test(clause.masked.slice(v.end, open)),
  );
}

/**
 * "Netanyahu said the Iranians had agreed only to “cosmetic concessions”", "He said Russia had
 * claimed Crimea “as an act of force”": inside what a person is reported to have said, a body's or
 * a country's deed (a weak verb, or one in the past perfect) is part of the report, not a new
 * speaker's words.
 */
export function reportedDeed(clause: Clause, verb: Verb, saying: Verb): boolean {
  if (verb.strong && !/\bhad\s+(?:\p{Ll}+ly\s+)?$/u.test(clause.masked.slice(0, verb.start)))
    return false;
  const subject = subjectOf(clause, verb);
  return (
    subject !== undefined &&
    subject.kind !== 'person' &&
    subjectOf(clause, saying)?.kind === 'person'
  );
}
