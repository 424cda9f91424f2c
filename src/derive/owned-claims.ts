import type { Clause } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';

/** Nouns for something someone said, which their owner said: "Delaney’s assertion that …". */
const claimNouns =
  'assertion|claim|contention|argument|charge|accusation|remark|comment|suggestion|insistence|warning|description|characterization|characterisation';

/** Verbs that hand the words on to someone else inside the claim. */
const handsOn = /^(?:said|says|say|told|tells|tell|wrote|writes|added|adds|stated|states)$/u;

const ownedClaim = new RegExp(
  String.raw`^['’]s?\s+(?:(?:earlier|repeated|recent|latest|public)\s+)?(?:${claimNouns})s?\s+that\s+([^\ue000]{0,200})$`,
  'u',
);

/**
 * "asked Bernie Sanders to respond to John Delaney’s assertion that Sanders’s healthcare proposal
 * was “bad policy.”": words quoted in what a named person's assertion, claim or remark says are
 * that person's, not those of whoever brought the assertion up. A verb of saying between the
 * noun and the quote ("Delaney’s claim that Lund said …") hands the words on, and is left alone.
 */
export function claimOwner(clause: Clause, quote: QuoteSpan): Entity | undefined {
  const open = quote.open - clause.sentence.start;
  for (const m of clause.mentions) {
    if (m.kind !== 'name' || m.end > open) continue;
    const claim = ownedClaim.exec(clause.masked.slice(m.end, open));
    if (!claim) continue;
    const start = open - (claim[1]?.length ?? 0);
    if (clause.verbs.some((v) => handsOn.test(v.word) && v.start >= start && v.end <= open))
      return undefined;
    const owner = clause.resolved.get(m);
    return owner?.kind === 'person' || owner?.kind === 'organisation' ? owner : undefined;
  }
  return undefined;
}
