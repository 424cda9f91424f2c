import { type Clause, subjectOf, type Verb } from './clause.ts';
import { roleBefore } from './describe-person.ts';
import type { Entity } from './entity-book.ts';
import { isSubjectPosition } from './subject-position.ts';

/** Words reported without quote marks: `X said on Tuesday that …`. */
export interface Report {
  speaker: Entity;
  /** Offsets of the reported words in the sentence. */
  start: number;
  end: number;
  when?: string;
  audience?: string;
}

/** Verbs that introduce a reported clause ("said that …", "believe …"). */
const clauseVerbs =
  /^(?:say|says|said|tell|tells|told|add|adds|added|warn|warns|warned|argue|argues|argued|insist|insists|insisted|claim|claims|claimed|believe|believes|believed|announce|announced|confirm|confirmed|deny|denied|estimate|estimated|predict|predicted|suggest|suggested|acknowledge|acknowledged|admit|admitted|explain|explained|note|noted|stress|stressed|maintain|maintained|fear|fears|feared|expect|expects|expected|reiterate|reiterated)$/;
/** When it was said: "on Tuesday", "last week", and, as American news writes it, "Tuesday". */
const when =
  /^\s+((?:(?:on|earlier|last|this|late|early)\s+(?:this\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|(?:on|earlier|last|this|late|early)\s+(?:this\s+)?(?:week|month|year|night|morning|evening|weekend)|yesterday|today)\b/u;
const setting =
  /^\s+(?:in|at|during|on)\s+(?:a|an|the)\s+(?:radio\s+|television\s+|tv\s+)?(?:statement|interview|news conference|press conference|briefing|speech|call with [a-z]+)(?:\s+(?:with|to|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?/iu;
const audiencePattern =
  /^\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*|[a-z]+)(?=[\s.,])/u;
const coordinated =
  /\b(?:and|but)\s+((?:called (?:on|for)|urged|pledged|vowed|promised|demanded|appealed|thanked)\b[^\ue000]*?)[.!?]?$/u;
const participle =
  /,\s+((?:vowing|pledging|promising|warning|insisting|urging|calling (?:on|for))\b[^\ue000]*?)[.!?]?$/u;

function trimEnd(masked: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start && /[\s.!?,;:"”’]/.test(masked[e - 1] ?? '')) e--;
  return [start, e];
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** `X said (on Tuesday) (that) …`, `X told reporters …`, `officials believe …`. */
function verbFirst(clause: Clause, verb: Verb, last?: Entity): Report | undefined {
  const speaker = subjectOf(clause, verb, last);
  if (!speaker) return undefined;
  const { masked } = clause;
  let at = verb.end;
  const found: { when?: string; audience?: string } = {};
  if (/^tells?$|^told$/.test(verb.word)) {
    const audience = audiencePattern.exec(masked.slice(at));
    if (!audience?.[1]) return undefined;
    found.audience = audience[1];
    at += audience[0].length;
  }
  for (let step = 0; step < 2; step++) {
    const time = when.exec(masked.slice(at));
    if (time?.[1]) {
      found.when = time[1];
      at += time[0].length;
    }
    const place = setting.exec(masked.slice(at));
    if (place) at += place[0].length;
  }
  const that = /^\s*,?\s*(?:that\s+)?/u.exec(masked.slice(at));
  // "he told OurHealth, speaking from his bed": a participle set off by a comma says how or where
  // the words were said, not what.
  if (
    /^\s*,\s*\p{Ll}+ing\s+(?:from|at|in|on|with|outside|inside|after|before|during)\b/u.test(
      masked.slice(at),
    )
  )
    return undefined;
  at += that?.[0].length ?? 0;
  const stop = coordinated.exec(masked.slice(at));
  const [start, end] = trimEnd(masked, at, stop ? at + stop.index : masked.length);
  const text = masked.slice(start, end);
  if (
    text.includes('\ue000') ||
    wordCount(text) < 4 ||
    // "said outside the court Wednesday": where or when, with nothing reported after it.
    /^(?:to|:|by|for|in|on|with|at|outside|inside|after|before|during|near|from)\b/u.test(text) ||
    !/^[\p{L}\d]/u.test(text)
  ) {
    return undefined;
  }
  return { speaker, start, end, ...found };
}

/** `…, Seoul’s defence minister Shin Won-sik told Bloomberg.` and `…, according to X.` */
function clauseFirst(clause: Clause, last?: Entity): Report | undefined {
  const { masked } = clause;
  const according = /,\s+according to\s+[^,]+$/u.exec(masked);
  const verb = clause.verbs.filter((v) => v.strong).at(-1);
  let comma: number | undefined;
  let speaker: Entity | undefined;
  let audience: string | undefined;
  if (according) {
    const m = clause.mentions.find((x) => x.start > according.index);
    speaker = m ? clause.resolved.get(m) : undefined;
    comma = according.index;
  } else if (
    verb &&
    /^(?:\s+(?:\p{Lu}[\p{L}’'-]*|the|reporters|journalists|on|in|a|an|\p{Ll}+day|statement|interview)){0,4}\s*[.!?]?$/u.test(
      masked.slice(verb.end),
    )
  ) {
    const m = [...clause.mentions]
      .reverse()
      .find((x) => x.end <= verb.start && !x.appositive && isSubjectPosition(masked, x));
    if (!m) return undefined;
    speaker = subjectOf(clause, verb, last);
    let before = masked.slice(0, m.start).trimEnd();
    const role = roleBefore(before);
    if (role?.role) before = before.slice(0, before.length - role.role.length).trimEnd();
    before = before.replace(/\s(?:the|a|an)$/u, '');
    if (!before.endsWith(',')) return undefined;
    comma = before.length - 1;
    if (/^told$|^tells?$/.test(verb.word))
      audience = audiencePattern.exec(masked.slice(verb.end))?.[1];
  }
  if (!speaker || comma === undefined) return undefined;
  const [start, end] = trimEnd(masked, 0, comma);
  const text = masked.slice(start, end);
  if (text.includes('\ue000') || wordCount(text) < 4) return undefined;
  return { speaker, start, end, ...(audience ? { audience } : {}) };
}

/**
 * `…, says former News Director Bernie Kamenske.`: the verb of saying comes after the reported
 * words and before its subject, which ends the sentence, or a description of them does. A number
 * may be part of the description (`says grade 12 learner Bathande Diko`).
 */
function invertedLast(clause: Clause): Report | undefined {
  const { masked } = clause;
  const verb = clause.verbs.filter((v) => v.strong).at(-1);
  if (!verb || !/,\s*$/u.test(masked.slice(0, verb.start)) || /^tel/u.test(verb.word))
    return undefined;
  const m = clause.mentions.find(
    (x) =>
      x.start >= verb.end &&
      !x.appositive &&
      /^\s+(?:(?:the|a|an|\p{Ll}[\p{L}-]*|\d{1,3})\s+){0,3}$/u.test(
        masked.slice(verb.end, x.start),
      ),
  );
  // `…, says Ernie Allen, the Center's president.`: a description set off after the name may end
  // the sentence.
  if (!m || !/^(?:,\s+[^,;:\ue000]{1,80}?)?[\s.!?]*$/u.test(masked.slice(m.end))) return undefined;
  const speaker = clause.resolved.get(m);
  const comma = masked.slice(0, verb.start).lastIndexOf(',');
  const [start, end] = trimEnd(masked, 0, comma);
  const text = masked.slice(start, end);
  if (!speaker || text.includes('\ue000') || wordCount(text) < 4) return undefined;
  return { speaker, start, end };
}

/**
 * Reported speech in one sentence: words someone said, given without quote marks. A clause that
 * holds a quote is left to the quote, as a reader would cite the quoted words.
 */
export function reportedSpeech(clause: Clause, last?: Entity): Report[] {
  const { masked } = clause;
  const reports: Report[] = [];
  const first = clause.verbs.find((v) => clauseVerbs.test(v.word));
  const inverted = invertedLast(clause);
  const lead = inverted ?? (first ? verbFirst(clause, first, last) : undefined);
  if (lead) reports.push(lead);
  else {
    const tail = clauseFirst(clause, last);
    if (tail) reports.push(tail);
  }
  for (const pattern of [coordinated, participle]) {
    const match = pattern.exec(masked);
    if (!match?.[1]) continue;
    const at = match.index + match[0].indexOf(match[1]);
    const verb = clause.verbs.find((v) => v.start >= at) ?? clause.verbs[0];
    const anchor = clause.verbs.find((v) => v.start < at) ?? verb;
    const subject = clause.mentions.find((m) => !m.appositive && isSubjectPosition(masked, m));
    const speaker =
      (anchor && subjectOf(clause, anchor, last)) ?? (subject && clause.resolved.get(subject));
    const [start, end] = trimEnd(masked, at, at + match[1].length);
    if (speaker && wordCount(masked.slice(start, end)) >= 3) reports.push({ speaker, start, end });
  }
  return reports;
}
