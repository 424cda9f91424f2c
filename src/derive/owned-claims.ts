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

/** "invoked Winston Churchill’s words": a verb that voices someone else's words. */
const voicedBy = /\b(?:invoked|invokes|quoted|quotes|cited|cites|echoed|echoes|borrowed)\s+$/u;

const speechNoun =
  /^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(?:call|calls|appeal|plea|warning|demand|promise|pledge|vow|words|remarks|comments|description|statement|claim|accusation|threat|insistence|message|criticism|praise)\b/u;

/**
 * A noun of saying after a possessive (`el-Sissi's call for “…”`, `his warning of “…”`): the words
 * quoted after it belong to whoever made the call, not to the sentence's subject.
 */
export function ownerOf(clause: Clause, open: number): Entity | undefined {
  const owner = clause.mentions
    .filter((m) => m.possessive && m.end <= open && speechNoun.test(clause.masked.slice(m.end)))
    .at(-1);
  if (!owner) return undefined;
  // "Albanese invoked Winston Churchill’s words, “…”": whoever invokes or quotes them says them.
  if (voicedBy.test(clause.masked.slice(Math.max(0, owner.start - 12), owner.start))) {
    const voice = clause.mentions.findLast(
      (m) => m.end <= owner.start && !m.possessive && !m.appositive && m.kind === 'name',
    );
    return voice ? clause.resolved.get(voice) : undefined;
  }
  const gap = clause.masked.slice(owner.end, open);
  if (
    /[.;:!?]/u.test(gap.replace(/^['’]s?/u, '')) ||
    clause.verbs.some((v) => v.strong && v.start > owner.end && v.end <= open)
  )
    return undefined;
  return clause.resolved.get(owner);
}
