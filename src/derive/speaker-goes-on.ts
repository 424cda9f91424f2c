import type { Clause } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { isSubjectPosition } from './subject-position.ts';

/**
 * `“Fate itself,” he argued, brought them together. He could “no longer stand” the “abomination”
 * in the city.`: with no verb of saying, words quoted in a sentence whose subject is the one who
 * spoke last in the paragraph, named again or by a pronoun, go on being that speaker's words.
 */
export function speakerGoesOn(
  clause: Clause,
  quote: QuoteSpan,
  speaker: Entity | undefined,
): Entity | undefined {
  if (speaker?.kind !== 'person') return undefined;
  const open = quote.open - clause.sentence.start;
  const subject = clause.mentions.find(
    (m) => m.end <= open && !m.appositive && isSubjectPosition(clause.masked, m),
  );
  return subject && clause.resolved.get(subject) === speaker ? speaker : undefined;
}

/**
 * `Brady says the best outcome would be a free vote. A popular vote would be “politically
 * unnecessary”.`: words quoted in a sentence that names no one, after a sentence of the same
 * paragraph that gave someone's words, go on being theirs.
 */
export function nooneElseNamed(clause: Clause, speaker: Entity | undefined): Entity | undefined {
  if (speaker?.kind !== 'person') return undefined;
  const others = clause.mentions.some((m) => {
    const entity = clause.resolved.get(m);
    return entity !== undefined && entity !== speaker && entity.kind !== 'place';
  });
  return others ? undefined : speaker;
}

/**
 * `Hawley’s prescription for electoral success would include “tougher tariffs …”`: words quoted in
 * a sentence that opens on a person's possession, naming no one else, are the owner's.
 */
export function ownerOfTheSubject(clause: Clause): Entity | undefined {
  const first = clause.mentions[0];
  if (!first?.possessive || first.start > 0) return undefined;
  const owner = clause.resolved.get(first);
  if (owner?.kind !== 'person') return undefined;
  return nooneElseNamed(clause, owner);
}
