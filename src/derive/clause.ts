import { shortNameFits } from './bracketed-acronyms.ts';
import type { Entity } from './entity-book.ts';
import type { Mention } from './mentions.ts';
import { bodyBeforeWhich } from './relative-clauses.ts';
import type { Sentence } from './sentences.ts';
import { attributionVerbs, beliefVerbs, reportingVerbs, toldForms } from './speech-verbs.ts';
import { documentOf, filler, promptedToSpeak, writtenBy } from './subject-gap.ts';
import { isSubjectPosition } from './subject-position.ts';

/** A verb of saying in a sentence. */
export interface Verb {
  word: string;
  start: number;
  end: number;
  /** Strong verbs attribute a direct quote; every verb here can carry reported words. */
  strong: boolean;
  belief: boolean;
}

/** One sentence with what has been found in it, for the attribution rules to work on. */
export interface Clause {
  sentence: Sentence;
  masked: string;
  mentions: Mention[];
  resolved: Map<Mention, Entity | undefined>;
  verbs: Verb[];
}

const baseForms = new Set(
  [...reportingVerbs, ...beliefVerbs].filter(
    (w) => !/(?:s|ed|ing)$/.test(w) && !['said', 'told', 'wrote', 'spoke', 'thought'].includes(w),
  ),
);
const bareVerbBefore =
  /^(?:i|we|you|they|to|will|would|could|should|can|may|might|must|did|do|does|not|also|often|still|\p{L}*[^’'s]s)$/u;

/**
 * "Police say", "Ryanair say", "the family say they are …": British usage gives a body, and the
 * nouns for a body of people, a plural verb. Only `say` is read so after a name, as other bare
 * forms after a capital are nouns ("the Senate report", "Secretary of State").
 */
const collectiveNouns =
  /^(?:police|people|staff|crew|media|public|government|family|military|team)$/u;
const ownerWords = /^(?:your|their|his|her|our|my|its|the|a|an|final|last|have|has|had)$/iu;
const pluralBodySays = (word: string, written: string | undefined) =>
  written !== undefined &&
  (collectiveNouns.test(written.toLowerCase()) ||
    // Not "I’d say": a contraction or "I" is no body.
    (word === 'say' && /^\p{Lu}[\p{L}-]+$/u.test(written) && !ownerWords.test(written)));

const pointOut = /^point(?:s|ed|ing)?$/u;

/** `to`, an object and `as` after a form of `refer`: "referred to this as", "referring to him as". */
const referAs = /^\s+to\s+(?!as\b)[^.;:!?\ue000]{1,60}?\s+as\b/u;

/** "As Ramirez put it: “…”": "put it" that ends its clause sums up someone's words. */
const putIt = (word: string, after: string) =>
  /^(?:put|puts|putting)$/u.test(word) && /^\s+it\s*(?:[:,.;]|$)/u.test(after);

const toldPassive = new RegExp(`^(?:${toldForms})$`, 'u');
const heardBy = (before: string, after: string) =>
  /\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(before) &&
  !/^\s+by\b/u.test(after);

/** Verbs of saying in a masked sentence, in order. */
export function findVerbs(masked: string): Verb[] {
  const verbs: Verb[] = [];
  for (const m of masked.matchAll(/[\p{L}’'-]+/gu)) {
    const word = m[0].toLowerCase();
    const belief = beliefVerbs.has(word);
    // "Biti pointed out", "as Ramirez put it": phrasal verbs of saying, whose first word alone
    // says nothing.
    const after = masked.slice(m.index + m[0].length);
    const phrasal = (pointOut.test(word) && /^\s+out\b/u.test(after)) || putIt(word, after);
    if (phrasal) {
      verbs.push({ word, start: m.index, end: m.index + m[0].length, strong: true, belief: false });
      continue;
    }
    if (!reportingVerbs.has(word) && !belief) continue;
    // "referred to the chain of events as ‘…’": `refer` says something of what it names only
    // with `to … as`; "referring to the billions of dollars" and the passive "an organisation
    // referred to as “…”" name a thing and quote no one.
    if (/^refer/u.test(word) && !referAs.test(after)) continue;
    // "An undercover reporter was told “abortion is murder”": whoever is told hears the words;
    // without "by" and the one who told, the passive names no one who said them.
    if (toldPassive.test(word) && heardBy(masked.slice(0, m.index), after)) continue;
    // "the called-for vote", "a warning": only words used as verbs count.
    if (/^(?:the|a|an)\s+$/i.test(masked.slice(Math.max(0, m.index - 4), m.index))) continue;
    // A bare form ("state", "report", "say") is a verb only after a plural subject, a pronoun,
    // "to" or a modal: "officials say", not "the secretary of state".
    const written = /([\p{L}’'-]+)\s+$/u.exec(
      masked.slice(Math.max(0, m.index - 40), m.index),
    )?.[1];
    const previous = written?.toLowerCase() ?? '';
    // "“…,” say Walmart's retail workers": right after a quote, a bare form is a plural's
    // inverted verb.
    const afterQuote =
      /^(?:say|add)$/u.test(word) && /\ue000[”"’',\s]*$/u.test(masked.slice(0, m.index));
    if (
      baseForms.has(word) &&
      !afterQuote &&
      !bareVerbBefore.test(previous) &&
      !pluralBodySays(word, written)
    )
      continue;
    verbs.push({
      word,
      start: m.index,
      end: m.index + m[0].length,
      strong: attributionVerbs.has(word),
      belief,
    });
  }
  return verbs;
}

/**
 * "A chief sergeant who served with me said", "One pilot interviewed by Channel 4 accused": a
 * speaker described but not named is often set apart by a relative clause or a participle with
 * its agent, with no commas, between the description and its verb.
 */
const describedThen =
  /^\s+(?:(?:(?:of|from|in|at)\s+(?:the\s+)?\p{Ll}+\s+)?who(?:['’]d)?(?:\s+[^,;:.!?\ue000]{1,80}?)?|(?:interviewed|quoted|contacted|reached|questioned|cited)\s+by\s+[^,;:.!?\ue000]{1,40}?)\s+$/u;

/** An account on a network that a body or a person posts from: "the official Twitter handle of". */
const accountOf =
  /(?:^|[,;]\s*)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:official\s+)?(?:(?:[Tt]witter|[Ff]acebook|[Ii]nstagram|YouTube|social\s+media)\s+)?(?:handle|account|page|feed|channel)\s+of\s+(?:the\s+)?$/u;

/**
 * "James McCament, Acting Director U.S. Citizenship and Immigration Services, also addressed the
 * group saying": a body between commas right after a person is where they work, not who speaks.
 */
function bodyInApposition(clause: Clause, m: Mention): boolean {
  if (!/^\s*,/u.test(clause.masked.slice(m.end))) return false;
  const person = clause.mentions.findLast((p) => p.end <= m.start && !p.possessive);
  return (
    person !== undefined &&
    resolvedOf(clause, person)?.kind === 'person' &&
    /^\s*,\s*[^,\ue000]{0,60}$/u.test(clause.masked.slice(person.end, m.start))
  );
}

const resolvedOf = (clause: Clause, m: Mention) =>
  m.appositive ? undefined : clause.resolved.get(m);

/**
 * Who did the saying of `verb`: the subject right before it ("Putin said", "Jane Roe, a lawyer,
 * said"), else, for a verb that shares its subject ("… and said", ", adding"), the subject of the
 * clause it continues.
 */
export function subjectOf(clause: Clause, verb: Verb, lastSpeaker?: Entity): Entity | undefined {
  const { masked, mentions } = clause;
  const before = masked.slice(0, verb.start);
  // "Mike Huggins, a spokesperson for the World Food Program, who says": "who" is the person the
  // descriptions before it are about, not the body they name.
  if (/,\s*who\s+(?:(?:\p{Ll}+ly|also|has|have|had)\s+)*$/u.test(before)) {
    const person = [...mentions]
      .reverse()
      .find((m) => m.end <= verb.start && resolvedOf(clause, m)?.kind === 'person');
    const entity = person && resolvedOf(clause, person);
    if (entity) return entity;
  }
  // "the airline, which calls the group “…”", "Rodong Sinmun, the party's newspaper, which
  // described Abe as “…”": "which" is the body the clause hangs from.
  const which = /(?:,\s*|\s)which\s+(?:(?:\p{Ll}+ly|also|has|have|had)\s+)*$/u.exec(before);
  if (which) {
    const body = bodyBeforeWhich(masked, mentions, which.index, (m) => resolvedOf(clause, m));
    if (body) return body;
  }
  // "she was captured on video saying", "he was heard telling": a participle after a passive is
  // said by the passive's subject, not by the subject of the clause before.
  const passive = verb.word.endsWith('ing') ? passiveSubject(clause, before) : undefined;
  if (passive) return passive;
  for (const m of [...mentions].reverse()) {
    if (m.end > verb.start || m.appositive) continue;
    // "One visitor — Matt Jenkins — told the press": a name set off by dashes goes on to its verb.
    const dashed = /[—–]\s*$/u.test(masked.slice(0, m.start));
    const rawGap = masked.slice(m.end, verb.start);
    const gap = dashed ? rawGap.replace(/^\s*[—–]\s*/u, ' ') : rawGap;
    // "Sawsan Chebli, a senior German Council on Foreign Relations (DGAP) said": a body with its
    // short name inside a description of someone is where they work; the someone speaks. "(SAMHSA)"
    // after "Mental Health Services Administration" names a longer body the story split at `and`:
    // only a short name that fits the name before it is passed over; "(D-Lehigh)" is a party tag.
    // "(@tbawalker)" is the speaker's own handle, never a body's short name.
    const short = /^\s*\((?![DRI]-\p{Lu}|@)([^()]+)\)/u.exec(gap)?.[1];
    if (
      short !== undefined &&
      (/,\s*an?\s+(?:\p{Ll}+\s+)*$/u.test(masked.slice(0, m.start)) ||
        !shortNameFits(masked.slice(m.start, m.end), short))
    )
      continue;
    const document = documentOf.exec(gap)?.[0].length ?? 0;
    const writer = writtenBy.test(masked.slice(Math.max(0, m.start - 60), m.start));
    const restricted = describedThen.test(gap) && ['unnamed', 'role', 'group'].includes(m.kind);
    if (
      promptedToSpeak(masked, m.start, gap) ||
      ((restricted || filler.test(gap.slice(document))) && (writer || isSubjectPosition(masked, m)))
    ) {
      const entity = resolvedOf(clause, m);
      // "Mr Jones, MP for Kingston, Surrey, said": a place in apposition does not speak, nor do
      // places listed together ("responsible for the Middle East, East Africa and Central Asia").
      const places =
        entity?.kind === 'place' ||
        (m.parts.length > 0 && m.parts.every((p) => p.candidates[0]?.kind === 'place'));
      if (places && /,\s*$/u.test(masked.slice(0, m.start))) continue;
      if (entity?.kind === 'organisation' && bodyInApposition(clause, m)) continue;
      if (entity) return memberOf(clause, m) ?? entity;
    }
  }
  const shared =
    /(?:\band|\bbut|,)\s+(?:\p{Ll}+ly\s+)?$/u.test(before) || verb.word.endsWith('ing');
  if (!shared) return undefined;
  const earlier = clause.verbs.filter((v) => v.end <= verb.start && v !== verb).at(-1);
  if (earlier) {
    const subject = subjectOf(clause, earlier, lastSpeaker);
    if (subject) return subject;
  }
  // "The official Twitter handle of the band posted a tweet saying": the account's owner writes.
  const account = mentions.find(
    (m) => m.end <= verb.start && accountOf.test(masked.slice(Math.max(0, m.start - 60), m.start)),
  );
  if (account && resolvedOf(clause, account)) return resolvedOf(clause, account);
  // "X said Aitchison's murder … but stressed": an owner is never the clause's subject.
  const first = mentions.find(
    (m) => m.end <= verb.start && !m.appositive && !m.possessive && isSubjectPosition(masked, m),
  );
  return (
    (first && (holderAfter(clause, first) ?? resolvedOf(clause, first))) ??
    (verb.word.endsWith('ing') ? lastSpeaker : undefined)
  );
}

/**
 * "US senator John Kerry has supported …, saying": a country or body, a post in lower case, then
 * the person who holds it; the person is the subject.
 */
export function holderAfter(clause: Clause, m: Mention): Entity | undefined {
  const kind = resolvedOf(clause, m)?.kind;
  if (kind !== 'organisation' && kind !== 'place') return undefined;
  const next = clause.mentions.find((x) => x.start > m.end && !x.appositive);
  if (!next || !/^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(clause.masked.slice(m.end, next.start)))
    return undefined;
  const holder = resolvedOf(clause, next);
  return holder?.kind === 'person' ? holder : undefined;
}

/**
 * "Phil Duffy of the Woods Hole Research Center noted", "Bambang Widaryatmo, head of the
 * provincial police, promised": a body named only to place the person before it is not the one
 * speaking; the person is.
 */
const placesPerson =
  /^(?:\s+(?:of|from|at|with)|,\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}.-]+\s+){0,4}?(?:of|from|at|for|with))\s+(?:the\s+)?$/u;

function memberOf(clause: Clause, body: Mention): Entity | undefined {
  const entity = clause.resolved.get(body);
  if (!entity || entity.kind === 'person') return undefined;
  const person = clause.mentions.findLast(
    (x) => x.end <= body.start && !x.appositive && x.kind === 'name',
  );
  if (!person || !placesPerson.test(clause.masked.slice(person.end, body.start))) return undefined;
  const found = resolvedOf(clause, person);
  return found?.kind === 'person' ? found : undefined;
}

const passiveBefore = /^\s+(?:was|were)\s+\p{Ll}+(?:ed|en)(?:\s+(?:on|in|at)\s+[\p{Ll}-]+)?\s+$/u;

function passiveSubject(clause: Clause, before: string): Entity | undefined {
  const m = clause.mentions.findLast((x) => x.end <= before.length && !x.appositive);
  if (!m || !passiveBefore.test(before.slice(m.end))) return undefined;
  return resolvedOf(clause, m);
}

/**
 * `said spokesperson for the UN High Commissioner for Human Rights, Rupert Colville.`, `said EU
 * commissioner for Home Affairs, Cecilia Malmström`, `stated DEA Special Agent in Charge, David
 * Downing`: a post written out with what it serves (or "in Charge"), then after a comma the person
 * who holds it, closing the clause. The post's words are no name.
 */
const postThenHolder =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:for|of|at|to)\s+[^,;\ue000]{1,80},\s+$|^(?:\p{Lu}[\p{L}.-]*\s+){1,6}in\s+Charge,\s+$/u;

function holderAfterPost(clause: Clause, offset: number): Mention | undefined {
  const holder = clause.mentions.find(
    (m) =>
      m.start > offset &&
      !m.possessive &&
      clause.resolved.get(m)?.kind === 'person' &&
      postThenHolder.test(clause.masked.slice(offset, m.start)),
  );
  return holder && /^\s*(?:[.,;!?]|$)/u.test(clause.masked.slice(holder.end)) ? holder : undefined;
}

/**
 * Where the mention after a verb stands before the person who speaks, named right after it: the
 * person is the subject (if the story makes them one), not what describes them.
 */
const holderNamedAfter: ((
  clause: Clause,
  found: Mention,
  next: Mention,
  gap: string,
) => boolean)[] = [
  // "said Democrat Party member Apirak Kosayodin": a body, a role in it, then the person; so too
  // a place or a body read as one ("warned Coastguard Northern Region duty officer John
  // Cowan"); a number may go with the body ("said EPA Region 7 Administrator Jim Gulliford").
  (clause, found, _next, gap) => {
    const kind = clause.resolved.get(found)?.kind;
    return (
      (kind === 'organisation' || kind === 'place') &&
      /^\s+(?:(?:\p{Ll}[\p{L}-]*|\d+)\s+){1,2}$/u.test(gap)
    );
  },
  // "said Gabon's Interior Minister André Obame": a country or body that owns a post, then the
  // post, then the person who holds it and speaks; so "claimed Jangeli's Sudanese counterpart,
  // Deng Alor", where the owner is a person and the holder is named after a comma.
  (clause, found, _next, gap) =>
    found.possessive === true &&
    (clause.resolved.get(found)?.kind === 'person'
      ? /^(?:['’]s?)?\s+(?:(?:\p{Ll}[\p{L}-]*\s+|\p{Lu}\p{Ll}+\s+)?\p{Ll}[\p{L}-]*|(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*),\s+$/u
      : /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}$/u
    ).test(gap),
  // "said U.S. Secret Service Special Agent in Charge Robert Engel": a body, then an office in
  // capitals, then the person who holds it; or the person right after the body ("said Treasurer
  // of the United States Rosie Rios").
  (clause, found, _next, gap) => {
    const kind = clause.resolved.get(found)?.kind;
    return (
      (kind === 'organisation' || kind === 'place') &&
      /^\s+(?:(?:\p{Lu}[\p{L}.-]*|in|of|for|and)\s+){0,7}$/u.test(gap)
    );
  },
  // "said the Prime Minister's spokesperson Mark Regev": a spokesperson named right after.
  (_clause, found, next, gap) =>
    found.kind === 'spokesperson' && next.kind === 'name' && /^,?\s+$/u.test(gap),
  // "said one of the protesters inside the pipeline, Matt Almonte": a member of a group, then
  // where they were, then their name after a comma.
  (clause, found, next, gap) =>
    found.kind === 'group' &&
    next.kind === 'name' &&
    /\bone\s+of\s+(?:the\s+)?$/u.test(
      clause.masked.slice(Math.max(0, found.start - 12), found.start),
    ) &&
    /^(?:\s+\p{Ll}[\p{L}-]*){0,4},\s+$/u.test(gap),
];

/** Office words between a body and the person who holds the office, commas and `’s` among them. */
const officeGap =
  /^(?:['’]s)?[\s,()/]+(?:(?:\p{Lu}[\p{L}.’'&-]*|in|of|for|and|the|on)[\s,()/]+)*$/u;

/**
 * "said ADB’s Principal Economist for the Pacific Ms. Ananya Basu", "said ADB Pacific Department
 * Director for Transport, Energy, and Natural Resources Mr. Olly Norojono": after a body (its
 * possessive too), an office written in capitals may name places and bodies of its own before the
 * person who holds it, who ends the clause and speaks.
 */
function holderAfterOffice(clause: Clause, found: Mention): Mention | undefined {
  const kind = clause.resolved.get(found)?.kind;
  if (kind !== 'organisation' && kind !== 'place') return undefined;
  let end = found.end;
  for (const m of clause.mentions) {
    if (m.start < end) continue;
    const gap = clause.masked.slice(end, m.start);
    if (!officeGap.test(gap) || gap.split(/\s+/).length > 14) return undefined;
    const entity = clause.resolved.get(m);
    if (entity?.kind === 'person')
      return /^\s*(?:[.,;]|$)/u.test(clause.masked.slice(m.end)) ? m : undefined;
    if (entity?.kind !== 'organisation' && entity?.kind !== 'place') return undefined;
    end = m.end;
  }
  return undefined;
}

/** The mention that starts at `offset`, allowing a role written before a name. */
export function mentionAt(clause: Clause, offset: number): Mention | undefined {
  const holder = holderAfterPost(clause, offset);
  if (holder) return holder;
  const found = clause.mentions.find((m) => {
    if (m.appositive || m.start < offset) return false;
    const between = clause.masked.slice(offset, m.start);
    // "said chief executive Priya Raman", "said the festival’s director, Rosa Delgado", "said
    // 379th Air Expeditionary Wing Command Chief David Green", "said Lt. j.g. Justin Carp"
    // "said Assistant Secretary of Labor for Employment and Training John Pallasch": an office
    // written out in capitals may run longer before the person who holds it.
    return (
      between.trim() === '' ||
      /^(?:[\p{L}\d.’'-]+,?\s+){1,5}$/u.test(between) ||
      (/^(?:(?:\p{Lu}[\p{L}.’'-]*|of|for|and|the)\s+){1,9}$/u.test(between) &&
        clause.resolved.get(m)?.kind === 'person')
    );
  });
  const officeHolder = found && holderAfterOffice(clause, found);
  if (officeHolder) return officeHolder;
  const next = found && clause.mentions.find((m) => m.start > found.end && !m.appositive);
  if (!found || !next) return found;
  const gap = clause.masked.slice(found.end, next.start);
  if (holderNamedAfter.some((isHolder) => isHolder(clause, found, next, gap)))
    return clause.resolved.get(next)?.kind === 'person' ? next : found;
  return found;
}
