import { type Clause, holderAfter, mentionAt, subjectOf, type Verb } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import type { Mention } from './mentions.ts';
import { roleNouns } from './name-words.ts';
import { ledIn } from './reported-clause.ts';

/** What may stand between a quote and an inverted verb after it: spaces, a comma, a dash. */
const afterLead = /^[\s,!?…—–-]*/u;

/**
 * What may stand between a verb of saying and the quote it leads into: where and when, whom to,
 * a colon, comma or semicolon, `that`.
 */
export const tailBeforeQuote =
  /^(?:\s+(?:on|in|at|during|after|before|to|with|earlier|later|last|this|outside|inside|from)\b[^,:\ue000]{0,60}|\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*){1,5}|\s+(?:reporters|journalists|the\s+press|the\s+court|the\s+committee|parliament|lawmakers)|\s+(?:the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+(?=,))?\s*([:,;]?)\s*(that\s+)?$/u;

/** `“Q,” X said`, `“Q,” said X, …`, `“Q,” according to X`. */
export function attributionAfter(
  clause: Clause,
  quote: QuoteSpan,
  next: number,
  last?: Entity,
): Entity | undefined {
  const { masked, sentence } = clause;
  const from = quote.close - sentence.start;
  const segment = masked.slice(from, next);
  const lead = afterLead.exec(segment)?.[0].length ?? 0;
  if (lead === 0 && !/[,!?]$/.test(quote.text)) return undefined;
  // `X said it was “a great act.” Ministers said …`: a quote a verb of saying has already led into
  // ends its sentence with the full stop inside the marks; the next sentence's subject is not its.
  if (/\.$/u.test(quote.text) && /^\s+\p{Lu}/u.test(segment) && ledIn(clause, quote))
    return undefined;
  // "sentimentally asked Rykov": an adverb may stand before the inverted verb.
  // "Scholz said his country will send missiles “as quickly as possible,” and the French
  // presidential office said …": `and` after words a verb led into opens a clause of its own.
  if (/^\s*,?\s*(?:and|but|while|whereas)\s/u.test(segment) && ledIn(clause, quote))
    return undefined;
  const adverb = /^\p{Ll}+ly\s+/u.exec(segment.slice(lead))?.[0].length ?? 0;
  const rest = segment.slice(lead + adverb);
  const inverted = /^(\p{L}+)\s+/u.exec(rest);
  const verb = clause.verbs.find((v) => v.start === from + lead + adverb && v.strong);
  // "said X" is inverted; "adding to CNN" names who heard it, not who spoke.
  if (inverted && verb && !verb.word.endsWith('ing')) {
    const m = mentionAt(clause, from + lead + adverb + inverted[0].length);
    // "said House Democratic majority leader Steny Hoyer": the holder after a body and a post.
    if (m) return holderAfter(clause, m) ?? holderAfterPost(clause, m) ?? clause.resolved.get(m);
  }
  // A pull quote signed with a dash: “Q” — Matthew Ingram.
  if (/[—–-]/u.test(segment.slice(0, lead)) && /^\p{Lu}/u.test(rest)) {
    const m = mentionAt(clause, from + lead);
    const signer = m && m.start === from + lead ? clause.resolved.get(m) : undefined;
    // Only a person signs a pull quote; a title over a publisher's name is a source list.
    if (m && signer?.kind === 'person' && !clause.verbs.some((v) => v.start > m.end)) return signer;
  }
  // "“…,” Mr Anthony.": a release whose verb of saying was lost. A quote closed by a comma and
  // followed by nothing but a person's name (with any office before it) and the full stop is
  // that person's.
  if (/,$/u.test(quote.text)) {
    const m = clause.mentions.findLast(
      (x) => x.start >= from + lead && x.end <= next && !x.appositive,
    );
    const person = m ? clause.resolved.get(m) : undefined;
    if (
      m &&
      person?.kind === 'person' &&
      (next === masked.length ? /^\s*\.?\s*$/u : /^\s*\.\s*$/u).test(masked.slice(m.end, next)) &&
      /^(?:(?:\p{Lu}[\p{L}.’'-]*|and|of|for|the)\s+)*$/u.test(masked.slice(from + lead, m.start))
    )
      return person;
  }
  const according = /^according to\s+/u.exec(rest);
  if (according) {
    const m = mentionAt(clause, from + lead + according[0].length);
    return m ? clause.resolved.get(m) : undefined;
  }
  const first = clause.verbs.find((v) => v.start > from && v.start < next && v.strong);
  if (!first) return undefined;
  // "Engel said he is concerned about the image of President Lula “hugging” Ahmadinejad, and he
  // said …": words a verb led into are not the next clause's, past `, and`.
  if (/,\s*(?:and|but|while)\s/u.test(masked.slice(from, first.start)) && ledIn(clause, quote))
    return undefined;
  // "The rumor “spread like wildfire” after a manager told workers …, he said.": a verb of saying
  // that ends the sentence governs it; one in a clause between is the subject of what was said.
  const final = clause.verbs.findLast((v) => v.strong && v.start > first.start);
  if (final && closesSentence(masked, final)) return subjectOf(clause, final, last);
  // `Ada Lund posted; “…”, and Ben Hale posting “…”`: with a verb that leads into each quote, the
  // one after this quote is the next one's.
  const open = quote.open - sentence.start;
  const leads = (v: Verb, to: number) => tailBeforeQuote.test(masked.slice(v.end, to));
  if (
    next < masked.length &&
    leads(first, next) &&
    clause.verbs.some((v) => v.end <= open && leads(v, open))
  )
    return undefined;
  const between = masked.slice(from + lead, first.start);
  if (between.split(/\s+/).length > 12 || /[.;]/.test(between)) return undefined;
  const subject = subjectOf(clause, first, last);
  const m = clause.mentions.find(
    (x) => x.start >= from && x.end <= first.start && clause.resolved.get(x) === subject,
  );
  return m ? subject : undefined;
}

/** `…, he said.`, `…, said Jerry Gonzalez, the director.`: a verb of saying that ends the sentence. */
export function closesSentence(masked: string, verb: Verb): boolean {
  return (
    /,\s*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(masked.slice(0, verb.start)) &&
    /^(?:\s+[\p{L}.’'-]+,?){0,8}\s*[.!?]?\s*$/u.test(masked.slice(verb.end))
  );
}

/**
 * "said House Democratic majority leader Steny Hoyer", where the capitals before the post were
 * taken for a name: a post in lower case that ends in a role noun, then a person, names the
 * person who speaks.
 */
function holderAfterPost(clause: Clause, m: Mention): Entity | undefined {
  const next = clause.mentions.find((x) => x.start > m.end && x.kind === 'name');
  const post =
    next &&
    /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,1}(\p{Ll}[\p{L}-]*)\s+$/u.exec(
      clause.masked.slice(m.end, next.start),
    );
  if (!next || !post?.[1] || !roleNouns.has(post[1])) return undefined;
  const holder = clause.resolved.get(next);
  return holder?.kind === 'person' ? holder : undefined;
}
