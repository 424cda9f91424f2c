import type { Entity } from './entity-book.ts';
import type { Mention } from './mentions.ts';

/**
 * Word patterns that tell whether a name is a clause's subject or who the story is about: the
 * words that describe a name before it, verbs that take a clause, a name given in a relative
 * clause, and a reporter's sign-off.
 */

/** Words that describe a name written before it: "former", "newly sworn-in", "acting". */
export const nameDescriptor =
  /^(?:\p{Ll}+ly|\p{Ll}+-\p{Ll}+(?:-\p{Ll}+)?|former|acting|outgoing|incoming|longtime|veteran|embattled|ousted|deposed|exiled|interim|retired|late|then|new|newly|current|incumbent|jailed|detained)$/u;

/**
 * "…, and addressed Prime Minister Narendra Modi": a past tense that is no word describing a name
 * ("retired", "newly elected") is a verb whose object the name is, so the name is not who acts.
 */
export function actedOn(lead: readonly string[]): boolean {
  const last = lead.at(-1) ?? '';
  const before = lead.at(-2) ?? '';
  return /\p{Ll}{3}ed$/u.test(last) && !nameDescriptor.test(last) && !/ly$/u.test(before);
}

/** Verbs that take a clause, so the name after them is the clause's subject, not an object. */
export const clauseVerbs =
  /^(?:says?|said|adds?|added|thinks?|thought|believes?|believed|reports?|reported|insists?|insisted|claims?|claimed|argues?|argued|notes?|noted)$/u;

/**
 * "a student who identified himself as …", "a voter who self-identified as Jamie", "a lawyer named
 * Samantha": the one described is the one named after it, often by a given name alone.
 */
export const selfNaming =
  /^\s*(?:,?\s*who\s+(?:(?:self-)?identified|introduced|described|named|gave)\s+(?:(?:himself|herself|themselves|(?:his|her|their)\s+name)\s+)?(?:only\s+)?as\s+|(?:named|called)\s+)/u;

/**
 * A reporter's sign-off: "X reports from Baghdad", "X has this report", "X has more from
 * Nairobi", "X has details". "Anna Hunter has a hard time …" and "Markey has more money" are no
 * sign-off: the report, or `more` or `details` alone, must follow.
 */
export const reporterSigns =
  /^\s+(?:reports|reported|has\s+(?:this|the|a|an)\s+(?:\p{Ll}+\s+)?(?:report|story|look|update)\b|has\s+(?:more|details)(?:\s+(?:on|from|in|about)\b|\s*[.:,]|\s*$)|brings\s+us|filed\s+this)/u;

/** Someone asked, invited or sent to attend, speak or represent: "asked Mike Pence to attend". */
export function sentToAct(masked: string, m: Mention): boolean {
  return (
    /\b(?:asked|invited|sent|urged|dispatched|tapped|chose|picked)\s+$/u.test(
      masked.slice(Math.max(0, m.start - 30), m.start),
    ) &&
    /^\s+to\s+(?:attend|speak|address|represent|lead|deliver|open|join|visit|headline)\b/u.test(
      masked.slice(m.end),
    )
  );
}

/**
 * "The Illuminator spoke with District Attorney Tony Clayton": the one a publication or a
 * reporter spoke to or interviewed is whom the story quotes next.
 */
export function interviewed(masked: string, m: Mention): boolean {
  return /\b(?:spoke|speaking|talked|talking)\s+(?:with|to)\s+(?:[\p{Lu}\d][\p{L}\d.’'-]*\s+){0,6}$|\binterviewed\s+$/u.test(
    masked.slice(Math.max(0, m.start - 90), m.start),
  );
}

/**
 * "spoke to VOA English to Africa Service reporter Joe De Capua": whom someone spoke to, however
 * long the description before their name; unlike `interviewed`, small words may stand in it.
 */
export function spokenTo(masked: string, m: Mention): boolean {
  return /\b(?:spoke|speaking|talked|talking)\s+(?:with|to)\s+[^.;:,\ue000]{0,80}$/u.test(
    masked.slice(Math.max(0, m.start - 90), m.start),
  );
}

/**
 * Whether the one before `spoke with` is a person who asks as themselves: a reporter ("reporter
 * Joe De Capua spoke with Ali Sharmarke") asks for the story, so the one spoken with speaks next.
 */
export function asksAsPerson(entity: Entity | undefined): boolean {
  if (entity?.kind !== 'person') return false;
  return ![entity.role ?? '', ...entity.aliases].some((a) => /reporter|correspondent/u.test(a));
}
