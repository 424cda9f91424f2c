/**
 * Where a name, a role or a pronoun stands in its sentence: as the subject of a clause, who acts
 * and speaks, or after a preposition or a verb, as what the clause is about.
 */
import { roleBefore } from './describe-person.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import {
  clauseOpeners,
  institutionNouns,
  months,
  organisationHeads,
  prepositions,
  roleNouns,
  titles,
  weekdays,
} from './name-words.ts';
import { attributionVerbs, reportingVerbs } from './speech-verbs.ts';
import { actedOn, clauseVerbs, nameDescriptor } from './subject-words.ts';

/** What a publication is called before its name: "media outlet Global Times", "daily Kommersant". */
const mediaNouns = /^(?:outlet|publication|daily|weekly|tabloid|magazine|website|portal|blog)$/u;

const feelingThat =
  /\b(?:was|is|were|are|seemed|felt|became)\s+(?:\p{Ll}+ly\s+)?(?:furious|angry|upset|annoyed|disappointed|pleased|happy|glad|surprised|worried|concerned|frustrated|outraged|livid|delighted|relieved|sorry|proud|incensed|dismayed|shocked|saddened|alarmed)\s+that$/u;
const isAnyVerb = (word: string) => reportingVerbs.has(word.toLowerCase());
const openers = new Set([...clauseOpeners, 'what', 'which', 'who', 'whom', 'how', 'why', 'where']);

/** `, like`, `, such as` or `, including` and any titles, right before a name. */
const exampleBefore = /,\s+(?:like|such\s+as|including)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * Whether a mention stands where a clause's subject stands: at the start, after a comma or a
 * conjunction, and not after a preposition or a verb ("thanked Kim", "in Seoul").
 */
export function isSubjectPosition(masked: string, m: Mention): boolean {
  // "he", "she" and "they" are subjects wherever they stand ("the years she describes as …").
  if (m.kind === 'pronoun' && m.text !== 'it') return true;
  // Only the words just before the mention matter; the window keeps long sentences cheap. Two
  // roles joined by a slash ("activist/blogger Oleg Kozyrev") describe the name as two words would.
  let before = masked
    .slice(Math.max(0, m.start - 120), m.start)
    .trimEnd()
    .replace(/(?<=\p{Ll})\/(?=\p{Ll})/gu, ' ')
    // "… - which the Committee has asked about - Frank Field said": a hyphen set off by spaces is
    // a dash, typed as such.
    .replace(/(?<=\s)-$/u, '—');
  // “her ‘dear friend’ Sarah Brady.”: a name after a quote that ends the sentence, with no verb
  // after it, is what the quote describes, not who speaks or acts.
  if (m.kind === 'name' && /\ue000$/u.test(before) && /^[\s.!?)]*$/u.test(masked.slice(m.end)))
    return false;
  // "veterans like Son Tieng, who fought …": a relative clause makes the name what the sentence
  // goes on about, so the next "he" is his.
  if (m.kind === 'name' && /^,\s+who\b/u.test(masked.slice(m.end))) return true;
  // "the worst fears of critics of diplomacy with Iran, like Republican Senator Ted Cruz.": the
  // one a sentence ends on as its example is whom the story turns to, so the next "he" is his.
  const lead = masked.slice(Math.max(0, m.start - 120), m.start);
  const example = m.kind === 'name' ? exampleBefore.exec(lead) : null;
  if (example && /^\s*[.!?]?\s*$/u.test(masked.slice(m.end))) return true;
  // "For Zisanda Fiphaza, the cold, dirty shack was no place for her son": the one a sentence
  // opens on, set off by a comma, is whom it is about, though a preposition governs the name.
  if (
    m.kind === 'name' &&
    /^(?:For|To)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(masked.slice(0, m.start)) &&
    /^,/u.test(masked.slice(m.end))
  )
    return true;
  // "those who do get in, like Susan Robinson from Britain, are enjoying …": so is an example set
  // off by commas after a group no one names (a word in lower case), as the one the story goes
  // on with; after a name ("Chris Murphy, like Ted Cruz,") the first name stays the subject.
  if (
    example &&
    /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(lead.slice(0, example.index)) &&
    /^(?:\s+from\s+(?:\p{Lu}[\p{L}’'-]*\s*){1,3})?,/u.test(masked.slice(m.end))
  )
    return true;
  // "…, many protesters said": a quantifier before a group is part of the subject, not what
  // governs it.
  if (m.kind === 'group')
    before = before
      .replace(/(?:^|\s)(?:many|some|most|several|few|other|both|all)$/iu, '')
      .trimEnd();
  // "MP for Kingston": a name right after a preposition is never a subject.
  const previousWord = /([\p{L}’'-]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "…, with Boswell stating:", "with Neil Cavuto of Fox Business calling …": the name before a
  // participle of saying, where the person works between them, is its subject.
  const participle =
    previousWord === 'with' &&
    /^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4}?)?\s*\p{Ll}+ing\b/u.test(
      masked.slice(m.end),
    );
  if (m.kind === 'name' && participle) return true;
  // "Ward 32 Councillor Sandra Fillis told": a numbered ward or district opening the sentence is
  // part of the office before the titles.
  if (m.kind === 'name' && m.titles.length > 0 && /^\p{Lu}\p{Ll}+\s+\d+$/u.test(before))
    return true;
  // "Undersecretary for Education Mr Toccafondi": the office before the titles is the subject's.
  const officeFor = /(?:^|[\s,;:(])\p{Lu}[\p{L}-]*\s+(?:for|of)$/u.exec(before);
  if (m.kind === 'name' && m.titles.length > 0 && officeFor) {
    const boundary = /^[\s,;:(]/u.test(officeFor[0]) ? 1 : 0;
    const rest = before.slice(0, officeFor.index + boundary).trimEnd();
    if (rest === '' || /[,;:(—–\ue000“"]$/u.test(rest)) return true;
  }
  // "CEO of the Refugee Council Enver Solomon told": a role at a named body, then the name.
  const roleAt =
    /(?:^|[,;:(—–\ue000“"]|\b(?:and|but|while|as|when|after)\b)\s*(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s+){0,5}\p{Lu}[\p{L}&.’'-]*$/u.exec(
      before,
    );
  // The body itself, cut from its place name ("spokesman for Kenya Red Cross Society"), is not.
  const body = organisationHeads.has(m.text.split(/\s+/u).at(-1) ?? '');
  if (m.kind === 'name' && roleAt?.[1] && roleNouns.has(roleAt[1].toLowerCase()) && !body)
    return true;
  if (
    m.kind === 'name' &&
    body &&
    /\b(?:for|of|at|from|to)(?:\s+the)?(?:\s+[\p{L}.’'-]+){1,3}$/u.test(before)
  )
    return false;
  // "This move was criticized by Nassar al-Rubaie, a member …": a passive's agent acts, so is "he".
  const agent = /\b(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by$/u.test(before);
  if (m.kind === 'name' && agent) return true;
  // "According to Ada Lund, the principal, pupils …": the source a sentence is credited to is whom
  // the story quotes next, so a later "she said" is hers; so is one named after her office
  // ("according to White House press secretary Ada Lund"), where the name ends the phrase: in
  // "according to a Daily Post report" the source is the report.
  if (m.kind === 'name' && /\b[Aa]ccording\s+to$/u.test(before)) return true;
  if (
    m.kind === 'name' &&
    /\b[Aa]ccording\s+to(?:\s+[\p{L}.’'-]+){1,5}$/u.test(before) &&
    /^\s*(?:[,.;:]|$)/u.test(masked.slice(m.end))
  )
    return true;
  // "According to this InterPress Service report, Paul Pillar … told": the name owned by the
  // source phrase is no subject of the sentence that follows it.
  if (
    m.kind === 'name' &&
    /\b[Aa]ccording\s+to(?:\s+[\p{L}.’'-]+){1,5}$/u.test(before) &&
    /^\s+\p{Ll}[\p{L}-]*,/u.test(masked.slice(m.end))
  )
    return false;
  if (m.kind === 'name' && m.titles.length === 0 && prepositions.has(previousWord)) return false;
  // "Barilaro was furious that Turnbull denied …": the name after a feeling and `that` is the
  // subject of what the feeling is about; the one who feels it is still whom "he" stands for.
  if (m.kind === 'name' && feelingThat.test(before)) return false;
  // "While the extra federal money Reeves secured is helpful, he said": a name between a noun
  // that `the` opens and its verb is the subject of a clause about that noun, not of the sentence.
  if (
    m.kind === 'name' &&
    m.titles.length === 0 &&
    /(?:^|[\s,])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}{3,}$/u.test(before) &&
    !isAnyVerb(previousWord) &&
    /^\s+\p{Ll}+ed\s+(?:is|was|are|were|has|had|will|would)\b/u.test(masked.slice(m.end))
  )
    return false;
  // "to negotiate with Republicans and Speaker Boehner on …": a name joined by `and` to what a
  // preposition governs is governed by it too.
  if (
    m.kind === 'name' &&
    /\b(?:with|to|from|by|against|between|among|about)\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){1,3}(?:and|or)$/u.test(
      before,
    )
  )
    return false;
  // "the Andrews government’s plan": a person's name that names their government or campaign
  // is part of the body's name, not a subject.
  if (
    m.kind === 'name' &&
    /(?:^|\s)the$/iu.test(before) &&
    /^\s+(?:government|administration|campaign|cabinet|ministry)\b/u.test(masked.slice(m.end))
  )
    return false;
  // "appoint Bill Clinton as a special envoy to the region": someone described after `as`, with
  // no verb of saying after them, is what another is made, not someone new ("as a spokesman
  // said" is).
  if (
    m.kind === 'unnamed' &&
    previousWord === 'as' &&
    !isAnyVerb(/^\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(masked.slice(m.end))?.[1] ?? '')
  )
    return false;
  // "the mother of a victim": a description after a preposition is what the phrase is about.
  if ((m.kind === 'role' || m.kind === 'unnamed') && prepositions.has(previousWord)) return false;
  // "Vladimir is bringing supplies to Lviv, as well as a journalist.": someone described last in
  // a sentence, after `as well as` or `and`, with no verb after them, is what the verb acts on.
  if (
    (m.kind === 'role' || m.kind === 'unnamed') &&
    /\b(?:as\s+well\s+as|and|with)$/u.test(before) &&
    /^[\s.!?)]*$/u.test(masked.slice(m.end))
  )
    return false;
  // "greeted by the President and the First Lady, Carla Bruni-Sarkozy": a name in apposition to a
  // role that a preposition governs is no more a subject than the role is, whether an owner goes
  // before the role or a word like `former` before the name ("of the rival's brother, former
  // Governor Dan Lee").
  const governedRole = /\b([\p{Ll}]+)\s+the\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}-]+),$/u.exec(
    before.replace(/(?<=,)(?:\s+the)?\s+(\p{Ll}+)$/u, (all, word: string) =>
      nameDescriptor.test(word) ? '' : all,
    ),
  );
  if (
    m.kind === 'name' &&
    governedRole &&
    (prepositions.has(governedRole[1] ?? '') || governedRole[1] === 'and') &&
    (roleNouns.has((governedRole[2] ?? '').toLowerCase()) || titles.has(governedRole[2] ?? ''))
  )
    return false;
  // "The operation targeted a local Taliban commander, Mullah Siddiq.": a name in apposition to a
  // role that a verb's object holds is that object, not a subject ("said a spokesman, X" is).
  const objectRole = /\b(\p{Ll}+ed)\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}-]+),$/u.exec(
    before,
  );
  if (
    m.kind === 'name' &&
    objectRole &&
    !reportingVerbs.has(objectRole[1] ?? '') &&
    roleNouns.has((objectRole[2] ?? '').toLowerCase())
  )
    return false;
  // "who defeated seven-term incumbent Democratic Rep. Stan Frownfelter": a name that a role in
  // lower case joins to a verb in the past is that verb's object too.
  const objectDescribed =
    /\b(\p{Ll}+ed)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}(\p{Ll}+)$/u.exec(before);
  if (
    m.kind === 'name' &&
    objectDescribed &&
    !reportingVerbs.has(objectDescribed[1] ?? '') &&
    roleNouns.has(objectDescribed[2] ?? '')
  )
    return false;
  // "Labour’s Shadow Home Secretary Yvette Cooper", "but the FAO's Laurence Gleeson says": the
  // owner of a title or a post is not in the way; what stands before the owner decides. So for an
  // owner of several words whose possessive is a bare apostrophe ("While Weblog Bahamas' Edward
  // Hutcheson wonders"): the whole name goes.
  if (m.kind === 'name' && /[’']s$|s[’']$/u.test(previousWord)) {
    before = before.slice(0, before.length - previousWord.length).trimEnd();
    before = before
      .replace(/(?:^|\s)(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*$/u, '')
      .trimEnd();
    before = before.replace(/(?:^|\s)(?:the|The)$/u, '').trimEnd();
    if (before === '' || /[,;:(—–\ue000“"]$/u.test(before)) return true;
    if (/(?:^|\s)(?:and|but|while|as|when|after|because|although)$/iu.test(before)) return true;
  }
  const described = roleBefore(before);
  if (described?.role) {
    before = before.slice(0, before.length - described.role.length).trimEnd();
    // "On Wednesday, United States film director Steven Spielberg withdrew": a country or body
    // before the role says whose role it is; what stands before them decides.
    const owner =
      /(?:^|[,;:(—–\ue000“"])\s*(?:\p{Lu}[\p{L}.&’'-]*\s+){0,2}\p{Lu}[\p{L}.&’'-]*$/u.exec(before);
    if (m.kind === 'name' && owner) return true;
  }
  before = before.replace(/(?:^|\s)(?:the|The)$/u, '').trimEnd();
  // "Danish shipping group Nordhavn Lines", "Nationalist Chinese media outlet Global Times": a
  // descriptor before a name belongs to it, and so does `NGO`, a kind of body written in capitals
  // ("international human rights NGO Human Rights Watch called …").
  const descriptor = /(?:^|[\s,;:])((?:[\p{L}’'-]+\s+){0,3}([\p{Ll}-]+|NGO))$/u.exec(before);
  if (
    m.kind === 'name' &&
    descriptor?.[2] &&
    (descriptor[2] === 'NGO' ||
      institutionNouns.has(descriptor[2]) ||
      roleNouns.has(descriptor[2]) ||
      mediaNouns.test(descriptor[2]))
  ) {
    const words = (descriptor[1] ?? '').split(/\s+/);
    const keep = words.findLastIndex((w) => prepositions.has(w) || openers.has(w) || isAnyVerb(w));
    before = before.slice(0, before.length - words.slice(keep + 1).join(' ').length).trimEnd();
  }
  if (before === '' || /[,;:(—–\ue000“"]$/u.test(before)) return true;
  // "…, says former News Director Bernie Kamenske.": the name after an inverted verb of saying,
  // past the words describing it, is that verb's subject.
  const inverted = /(?:^|[,\ue000—–])\s*([\p{Ll}]+)((?:\s+\p{Ll}[\p{L}-]*){0,3})$/u.exec(before);
  if (
    m.kind === 'name' &&
    inverted?.[1] &&
    attributionVerbs.has(inverted[1]) &&
    !/^tel/u.test(inverted[1]) &&
    (inverted[2] ?? '')
      .trim()
      .split(/\s+/)
      .every((w) => w === '' || (!prepositions.has(w) && !isAnyVerb(w) && w !== 'and'))
  )
    return true;
  // "Newly sworn-in President Salva Kiir delivered …": the words describing a name that opens the
  // sentence are capitalised only because they come first.
  if (
    m.kind === 'name' &&
    /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){0,3}$/u.test(before) &&
    before.split(/\s+/).every((w) => nameDescriptor.test(w.toLowerCase()))
  )
    return true;
  // "Russian celebrity and recent oppositionist figure Ksenia Sobchak also weighed in": a sentence
  // that opens with a demonym and goes on in lower case up to a name describes that name, which is
  // the subject; with no preposition or verb among the words, they cannot govern it.
  const demonymLead = /^(\p{Lu}[\p{Ll}-]+)((?:\s+[\p{Ll}-]+){1,6})$/u.exec(before);
  const demonymWords = (demonymLead?.[2] ?? '').trim().split(/\s+/);
  if (
    m.kind === 'name' &&
    demonymLead &&
    countryOfDemonym(demonymLead[1] ?? '') &&
    demonymWords.at(-1) !== 'and' &&
    demonymWords.every(
      (w) => w === 'and' || (!prepositions.has(w) && !openers.has(w) && !isAnyVerb(w)),
    ) &&
    !actedOn(demonymWords)
  )
    return true;
  // "…,” team member Rodaba Noori told: lowercase words describing a name that opens a clause.
  const lowerLead =
    /(?:^|[,;:(—–\ue000“"])\s*(?:(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]ut|[Aa]nd)\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(
      before,
    );
  const leadWords = lowerLead?.[1]?.split(/\s+/) ?? [];
  if (
    m.kind === 'name' &&
    leadWords.length > 0 &&
    leadWords.every(
      (w) => !prepositions.has(w) && !openers.has(w) && !isAnyVerb(w) && w !== 'and',
    ) &&
    !actedOn(leadWords)
  )
    return true;
  // "City assemblyman and party member Boris Lenk weighed in": a name that a past tense follows
  // directly does what the verb says, whatever describes it before, unless a preposition governs
  // it ("off the Maldives stated") or the past tense is a participle with its agent ("Kabul
  // captured by …").
  // "commenting about the trip Lula said:", "In 2015 Szydło said", "in Havana Lula said": so does
  // a name right before "said", after a word in lower case, a year or where it was (a body's name
  // before it, "… for Human Rights La Plata said", says where it is).
  const place = /\b(?:in|at)\s+(\p{Lu}[\p{L}-]*)$/u.exec(before)?.[1];
  const sayAfter =
    /^\s+(?:said|says)\b/u.test(masked.slice(m.end)) &&
    (/(?:^|\s)(?:\p{Ll}[\p{L}’'-]*|\d+)$/u.test(before) || (place && countryOf(place)));
  const pastAfter =
    /^\s+(\p{Ll}{2,}ed)\b(?!\s+by\b)/u.exec(masked.slice(m.end))?.[1] ?? (sayAfter ? 'said' : '');
  const governor = /([\p{L}’'-]+)(?:\s+(?:the|a|an))?\s*$/iu.exec(before)?.[1]?.toLowerCase() ?? '';
  if (
    m.kind === 'name' &&
    pastAfter &&
    !nameDescriptor.test(pastAfter) &&
    !prepositions.has(governor) &&
    !/^(?:off|onto|along|beside)$/u.test(governor)
  )
    return true;
  if (m.kind === 'name' && officeOpensSentence(masked, m)) return true;
  const word = /([\p{L}’'-]+)$/u.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  if (prepositions.has(lower) || /[’']s$/.test(word)) return false;
  if (openers.has(lower)) return true;
  // "The announcer says Kim informed …": a verb that takes a clause, not a person, is followed by
  // the clause's subject.
  if (clauseVerbs.test(lower)) return true;
  // "The talks ended on Wednesday Mr Smith said": a date word closes the clause before.
  if (weekdays.has(word) || months.has(word) || /^(?:today|yesterday|tonight)$/.test(lower))
    return true;
  // "On Tuesday afternoon Nomasilindi Makambi was queuing": so does a part of a named day.
  const dayBefore = /([\p{L}]+)\s+(?:morning|afternoon|evening|night)$/u.exec(before)?.[1] ?? '';
  if (weekdays.has(dayBefore) || /^(?:yesterday|this|last)$/iu.test(dayBefore)) return true;
  return /^\p{Lu}/u.test(word) && !/\s/.test(before.slice(-word.length - 1, -word.length));
}

/**
 * "North of Scotland procurator fiscal Liam Murphy said …": an office no list holds, opening the
 * sentence with no verb in it and ending in a word in lower case, describes the name that a verb
 * of saying follows, which is the sentence's subject.
 */
/** "The organization Reporters Without Borders says": a body named after what it is. */
const bodyNouns = /^(?:organi[sz]ations?|group|charity|watchdog|body|company|agency|newspaper)$/u;

function officeOpensSentence(masked: string, m: Mention): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(masked.slice(m.end))?.[1] ?? '';
  if (!attributionVerbs.has(next) || next.endsWith('ing')) return false;
  const opening = masked.slice(0, m.start).trim();
  if (!/^\p{Lu}/u.test(opening) || opening.length > 60 || /[,;:(—–\ue000“"]/u.test(opening))
    return false;
  const words = opening.split(/\s+/);
  const last = words.at(-1) ?? '';
  return (
    /^\p{Ll}/u.test(last) &&
    !bodyNouns.test(last) &&
    !prepositions.has(last) &&
    !openers.has(last) &&
    words.every((w) => !isAnyVerb(w.toLowerCase()) && w.toLowerCase() !== 'and')
  );
}
