import type { StatementKind } from '../content/briefing-schema.ts';
import { attributionAfter, tailBeforeQuote } from './attribution-after.ts';
import { type Clause, mentionAt, subjectOf, type Verb } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { ownerOf } from './owned-claims.ts';
import { quotedGroup } from './quoting-them.ts';
import { reportedDeed } from './reported-clause.ts';
import { endsSentenceWithin } from './sentences.ts';
import { nooneElseNamed, ownerOfTheSubject, speakerGoesOn } from './speaker-goes-on.ts';
import { isSubjectPosition } from './subject-position.ts';

/** A quote with the speaker found for it. */
export interface Attribution {
  quote: QuoteSpan;
  speaker: Entity;
  kind: StatementKind;
  /** Set when the speaker comes from the sentence before (`“A,” X said. “B.”`). */
  continued: boolean;
}

/** What the sentences before this one tell about who is speaking. */
export interface Conversation {
  /** The speaker of the last statement in this paragraph, if any. */
  inParagraph?: Entity;
  /** The speaker of the last statement in the previous paragraph. */
  previousParagraph?: Entity;
  /**
   * The speaker of the last statement before one or two paragraphs that quote no one and name no
   * other person: New Zealand releases put a paragraph of facts between a speaker's quotes.
   */
  beforeAside?: Entity;
  /** Set when the previous paragraph ended "X said:" and the quote follows. */
  announced?: Entity;
  /** The speaker of the last statement anywhere. */
  last?: Entity;
  /** Who the story last said issued a statement ("X said in a statement", "X issued a statement"). */
  statementBy?: Entity;
  /** The person the previous sentence of this paragraph was about ("She laughs. “Never.”"). */
  subject?: Entity;
  /**
   * The person the last sentence of the previous paragraph was about: wire copy introduces a
   * speaker ("Ruto spoke with VOA, saying …") and gives the quote a paragraph of its own.
   */
  previousSubject?: Entity;
}

/** `“…,” the statement said` and, inverted, `“…,” read the statement`. */
const documentSays =
  /^[\s,]*(?:(?:the|its|their|his|her)\s+(?:(?:written|official|joint|latest)\s+)?(?:statement|letter|release|memo|message|email|e-mail|resolution|motion|declaration)\s+(?:said|says|added|adds|read|reads|stated|continued)|(?:said|says|read|reads|added|adds|continued)\s+(?:the|its|their)\s+(?:statement|letter|release|resolution|motion|declaration))\b/u;

/** A document with no writer named as the subject of a verb of saying, right before a quote. */
const documentBefore =
  /(?:^|[.;]\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:written|official|joint|latest)\s+)?(?:statement|letter|release|memo|message|resolution|motion|declaration)\s+(?:said|says|read|reads|stated|states|added|adds|continued)\s*[:,]?\s*$/u;

/** A document named as the source of the sentence: "Per the statement," "According to the release,". */
const perDocument =
  /(?:^|[.;]\s+)(?:[Pp]er|[Aa]ccording\s+to|[Ii]n)\s+(?:the|its|their|his|her)\s+(?:statement|release|letter|announcement),/u;

/** Quoted titles, slogans and labels are not anyone's words. */
const label =
  /(?:\b(?:dubbed|nicknamed|titled|entitled|codenamed|labelled|labeled)\b[^.;!?\ue000]{0,160}?[:,]?\s*$|\b(?:rated|graded|classed|classified|stamped|marked)\s*$|\bso-called|\bdubbed|\bnicknamed|\bknown as|\btitled|\bentitled|\bnamed|\bcodenamed|\bslogan|\breading|\bthe words?|\bthe phrase|\bthe term|\bhashtag|\b(?:play|film|book|song|album|series|show|programme|program|documentary|exhibition|novel|poem|report|operation|campaign)),?\s*$/iu;

/** The source named after “quoting” or “citing” before a quote, up to the next comma. */
function quotedSource(clause: Clause, open: number): Entity | undefined {
  const cue = [...clause.masked.slice(0, open).matchAll(/\b(?:quoting|citing)\s+/gu)].at(-1);
  if (cue?.index === undefined) return undefined;
  const from = cue.index + cue[0].length;
  const stop = clause.masked.slice(from, open).search(/[,;(\ue000]/u);
  const end = stop < 0 ? open : from + stop;
  const named = clause.mentions.filter(
    (m) => m.start >= from && m.end <= end && !m.possessive && !m.appositive,
  );
  const last = named.at(-1);
  return last ? clause.resolved.get(last) : undefined;
}

/** The agent of a passive verb of saying: “described by the Post as”, “told by a midwife that”. */
function agentOf(clause: Clause, verb: Verb): Entity | undefined {
  const by = /^\s+by\s+/u.exec(clause.masked.slice(verb.end));
  if (!by || !/(?:ed|en|told)$/u.test(verb.word)) return undefined;
  const m = mentionAt(clause, verb.end + by[0].length);
  return m ? clause.resolved.get(m) : undefined;
}

/** `X said: “Q”`, `…, adding: “Q”`, `X said that “q”`. */
function attributionBefore(clause: Clause, quote: QuoteSpan, previous: number, last?: Entity) {
  const open = quote.open - clause.sentence.start;
  const verbs = clause.verbs.filter((v) => v.start >= previous && v.end <= open);
  const verb = verbs.at(-1);
  if (!verb) return undefined;
  const tail = tailBeforeQuote.exec(clause.masked.slice(verb.end, open));
  if (!tail) return invertedBeforeColon(clause, verb, open);
  // "The crowd grew later, said Anna Lindqvist: “…”": the one named right after the verb says
  // it ("…, said to CNN:" names whom it was said to).
  const between = clause.masked.slice(verb.end, open);
  const inverted = /^\s+(?:to|at|in|on|with|of)\b/u.test(between)
    ? undefined
    : invertedBeforeColon(clause, verb, open);
  if (inverted) return inverted;
  // "He said Russia had claimed Crimea “…”": the deed is reported; the words are the reporter's.
  const saying = clause.verbs.find((v) => v.strong && v.end <= verb.start);
  const reporter =
    saying && reportedDeed(clause, verb, saying) ? subjectOf(clause, saying, last) : undefined;
  const speaker = reporter ?? subjectOf(clause, verb, last);
  if (!speaker) return undefined;
  return { speaker, direct: tail[1] !== '' && !tail[2] };
}

/**
 * "About 100 people had come out, reports Dagestan outlet Chernovik: “…”": a verb of saying after
 * a comma, then the one who says, a colon and the quote. Only a name that ends right at the colon
 * counts, so "said in a statement to the press:" leaves the words to its subject.
 */
function invertedBeforeColon(clause: Clause, verb: Verb, open: number) {
  if (!/,\s*$/u.test(clause.masked.slice(0, verb.start)) || !verb.strong) return undefined;
  // "…, told GroundUp:": after a verb of telling, the name is whom it was told to.
  if (
    /^(?:tells?|told|ask(?:s|ed)?|warn(?:s|ed)?|urge[sd]?|informed|reminded|assured)$/u.test(
      verb.word,
    )
  )
    return undefined;
  const m = clause.mentions.findLast((x) => x.start > verb.end && x.end <= open && !x.possessive);
  if (!m || !/^\s*:\s*$/u.test(clause.masked.slice(m.end, open))) return undefined;
  // "reports Dagestan outlet Chernovik:": a few words may describe the one who says.
  if (!/^(?:\s+[\p{L}’'-]+){0,3}\s+$/u.test(clause.masked.slice(verb.end, m.start)))
    return undefined;
  const speaker = clause.resolved.get(m);
  return speaker ? { speaker, direct: true } : undefined;
}

/**
 * `Reuters quoted an opposition official as saying … “…”`: the words are the one quoted, not the
 * agency's.
 */
function quotedAsSaying(clause: Clause, open: number): Entity | undefined {
  const m = clause.mentions.find(
    (x) =>
      x.end <= open &&
      /\bquot(?:ed|es|ing)\s+$/u.test(clause.masked.slice(Math.max(0, x.start - 12), x.start)) &&
      /^\s+as\s+(?:saying|telling|writing)\b/u.test(clause.masked.slice(x.end)),
  );
  return m ? clause.resolved.get(m) : undefined;
}

/** `… and, in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”`: the one named. */
function inTheWordsOf(clause: Clause, open: number): Entity | undefined {
  const cue = [...clause.masked.slice(0, open).matchAll(/\bin the words of\s+/giu)].at(-1);
  if (cue?.index === undefined) return undefined;
  const m = mentionAt(clause, cue.index + cue[0].length);
  return m && m.end <= open ? clause.resolved.get(m) : undefined;
}

/** A partial quote inside reported speech: the nearest verb of saying, before it or after it. */
function attributionWithin(clause: Clause, quote: QuoteSpan, last?: Entity): Entity | undefined {
  const open = quote.open - clause.sentence.start;
  const quoted =
    quotedAsSaying(clause, open) ?? inTheWordsOf(clause, open) ?? ownerOf(clause, open);
  if (quoted) return quoted;
  // "Zuma claimed Britain believed Africa is “barbaric”": a belief reported by a verb of saying
  // is the words of whoever said it, not of whoever is said to hold it.
  const saying = clause.verbs.find((v) => v.strong && v.end <= open);
  const before = clause.verbs
    .filter(
      (v) =>
        v.end <= open &&
        !(saying && saying.end <= v.start && (v.belief || reportedDeed(clause, v, saying))),
    )
    .reverse();
  const after = clause.verbs.filter((v) => v.start >= quote.close - clause.sentence.start);
  for (const verb of [...before, ...after] as Verb[]) {
    const speaker = agentOf(clause, verb) ?? subjectOf(clause, verb, last);
    if (speaker) return speaker;
  }
  return accordingTo(clause);
}

/** Whether the sentence names its source with `according to` after `from`. */
function accordingAfter(clause: Clause, from: number): boolean {
  return /^[^\ue000]*\baccording to\s+\S/iu.test(clause.masked.slice(from));
}

/**
 * `According to Derrec Becker, a spokesman, injuries ranged “from cuts …”` and `… is
 * “satisfactory”, according to vice-premier Carlos Lage`: with no verb of saying, the source the
 * sentence names is the speaker.
 */
function accordingTo(clause: Clause): Entity | undefined {
  const according = /\baccording to\s+/iu.exec(clause.masked);
  if (!according) return undefined;
  const from = according.index + according[0].length;
  // "According to a post from Ann Lee and Bo Kim made on behalf of the jury, …": whoever wrote
  // it, the words are the body's they were written for.
  const behalf = /^[^\ue000.;]*?\bon behalf of\s+/u.exec(clause.masked.slice(from));
  const body = behalf ? mentionAt(clause, from + behalf[0].length) : undefined;
  const owner = body ? clause.resolved.get(body) : undefined;
  if (owner) return owner;
  const m = mentionAt(clause, from);
  return m ? clause.resolved.get(m) : undefined;
}

/** A pronoun or a name of up to three words, then a verb of saying: "he said", "Lund says". */
const whoSaid = String.raw`(?:he|she|they|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:said|says|added|adds|told)\b`;

/** ", he said", ", Lund says" right after a quote. */
const saidRightAfter = new RegExp(String.raw`^\s*,\s*${whoSaid}`, 'u');

/**
 * `a “major disaster” as far south as Central Florida, DeSantis said in his order.`: a sentence
 * that closes on who said it, with nothing quoted or set off after their verb, is theirs whole.
 */
const saidToClose = new RegExp(String.raw`^[^\ue000“”"]*,\s*${whoSaid}[^,;:\ue000“”"]*$`, 'u');

/**
 * Finds the speaker of every quote in one sentence, by the patterns of news writing in order of
 * reliability. A quote that stands alone keeps the speaker of the quote before it, in the same
 * paragraph or, across a paragraph break, of the one it continues.
 */
export function attributeQuotes(clause: Clause, talk: Conversation): Attribution[] {
  const { masked, sentence } = clause;
  const found: Attribution[] = [];
  sentence.quotes.forEach((quote, index) => {
    const previousClose =
      index === 0 ? 0 : (sentence.quotes[index - 1] as QuoteSpan).close - sentence.start;
    const nextOpen = sentence.quotes[index + 1]
      ? (sentence.quotes[index + 1] as QuoteSpan).open - sentence.start
      : masked.length;
    const open = quote.open - sentence.start;
    const lead = masked.slice(previousClose, open);
    // A title in capitals after a noun ("a new play, “The Long Dark”") is a name, not speech.
    const title =
      /^(?:\p{Lu}\p{L}*\s?){1,6}$/u.test(quote.text) &&
      /\b(?:the|a|new)\s+\p{Ll}+,?\s*$/u.test(lead);
    // A name in capitals ("The Internet Explorer 6 Countdown") or a scare-quoted word after an
    // article ("a ‘healthy’ body") is a title or a label, not anyone's words.
    // A scare quote is a source's words when the sentence ends by naming it ("his “inadequate
    // vision”, according to the Los Angeles Times").
    const named =
      /^(?:[\p{Lu}\d][\p{L}\d’'.&-]*\s+){1,8}[\p{Lu}\d][\p{L}\d’'&-]*$/u.test(quote.text) ||
      (/^\S+(?:\s\S+)?$/u.test(quote.text) &&
        /\b(?:a|an|the|their|his|her|its)\s*$/iu.test(lead) &&
        !clause.verbs.some((v) => v.end <= open) &&
        !accordingAfter(clause, quote.close - sentence.start) &&
        // "That made his speech a “bit awkward”, he said.": a verb of saying after the marks
        // makes the words someone's.
        !saidRightAfter.test(masked.slice(quote.close - sentence.start)) &&
        !saidToClose.test(masked.slice(quote.close - sentence.start)));
    // "what she labeled “…”": a label someone gives in their own words is theirs.
    // So is "He labelled the rebels as “rats”": someone, not a passive, labels a thing as in words.
    const ownLabel =
      /\bwhat\s+(?:he|she|they|it|\p{Lu}[\p{L}’'-]*)\s+(?:labell?ed|dubbed|termed)\s*$/u.test(
        lead,
      ) ||
      /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\p{Lu}[\p{L}’'-]*)\s+(?:\p{Ll}+ly\s+)?(?:labell?ed|labels)\s+[^.;!?\ue000]{1,100}?\s+as\s*$/u.test(
        lead,
      );
    // "said Lydia Meiss, of the Schwab campaign, “…”": a body someone is of, set off by commas,
    // names no title.
    const of = /\bof\s+(?:the|his|her|their)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Ll}+,\s*$/u.test(
      lead,
    );
    if ((label.test(lead) && !ownLabel && !of) || title || named) return;
    const startsSentence = lead.trim() === '';
    // “A,” said X, “B.” (or “A,” said X; “b.”, one thought): the quote goes on after its
    // attribution, so it is X's and direct. Initials (`of the U.S. branch`) end no sentence; a
    // second verb (`said X, who also told reporters, “B”`) gives the second its own attribution.
    const previous = found.at(-1);
    if (
      previous !== undefined &&
      index > 0 &&
      previous.quote === sentence.quotes[index - 1] &&
      (/,\s*$/u.test(lead) || /;\s*$/u.test(lead)) &&
      !endsSentenceWithin(lead) &&
      !/;.*;/u.test(lead) &&
      clause.verbs.filter((v) => v.strong && v.start >= previousClose && v.end <= open).length === 1
    ) {
      found.push({ quote, speaker: previous.speaker, kind: 'direct', continued: false });
      return;
    }
    const after = attributionAfter(clause, quote, nextOpen, talk.last);
    if (after) {
      found.push({
        quote,
        speaker: after,
        kind: startsSentence || /[:,]\s*$/.test(lead) ? 'direct' : 'partial',
        continued: false,
      });
      return;
    }
    // `“…,” the statement said.`: a document's words are those of whoever the story said issued
    // it.
    if (
      talk.statementBy &&
      documentSays.test(masked.slice(quote.close - sentence.start, nextOpen))
    ) {
      found.push({ quote, speaker: talk.statementBy, kind: 'direct', continued: false });
      return;
    }
    // `The resolution read, “…”` after `the council passed a resolution`: the document's words
    // are its writer's.
    if (talk.statementBy && documentBefore.test(lead)) {
      found.push({ quote, speaker: talk.statementBy, kind: 'direct', continued: false });
      return;
    }
    // `Per the statement, Franklin died …, “surrounded by family …”`: the writer's words.
    if (talk.statementBy && perDocument.test(lead) && !clause.verbs.some((v) => v.end <= open)) {
      found.push({ quote, speaker: talk.statementBy, kind: 'partial', continued: false });
      return;
    }
    const group = quotedGroup(clause, open);
    if (group) {
      found.push({ quote, speaker: group, kind: 'partial', continued: false });
      return;
    }
    const before = attributionBefore(clause, quote, previousClose, talk.last);
    if (before) {
      const kind = before.direct || (startsSentence && index > 0) ? 'direct' : 'partial';
      found.push({ quote, speaker: before.speaker, kind, continued: false });
      return;
    }
    // A quote alone in its sentence, a parenthesis after it aside ("…” (in Italian).).
    const alone =
      masked
        .replace(/\ue000+/gu, '')
        .replace(/\([^()]*\)|\(\([^()]*\)\)/gu, '')
        .replace(/[\s.,!?;:—–()-]/gu, '') === '';
    if (alone) {
      const previous = found.at(-1)?.speaker;
      const first = sentence.start === 0;
      const speaker =
        previous ??
        (first
          ? (talk.announced ?? talk.previousParagraph ?? talk.previousSubject ?? talk.beforeAside)
          : (talk.inParagraph ?? talk.subject));
      if (speaker)
        found.push({ quote, speaker, kind: 'direct', continued: !first || previous !== undefined });
      return;
    }
    // "According to Yonhap, quoting North Korea's news agency KCNA, … a “…”": the one quoted.
    const quoting = quotedSource(clause, open);
    if (quoting) {
      found.push({ quote, speaker: quoting, kind: 'partial', continued: false });
      return;
    }
    const within =
      attributionWithin(clause, quote, talk.last) ??
      firstPersonOfSubject(clause, quote) ??
      speakerGoesOn(clause, quote, talk.inParagraph) ??
      nooneElseNamed(clause, talk.inParagraph) ??
      ownerOfTheSubject(clause);
    if (within)
      found.push({
        quote,
        speaker: within,
        kind: startsSentence ? 'direct' : 'partial',
        continued: false,
      });
  });
  return joinedAlternatives(clause, found);
}

/**
 * `“What part of India is Dubai in?” or “Do you speak Indian?” Sahai explained.`: quotes joined by
 * "or" or "and" share the attribution of the last of them.
 */
function joinedAlternatives(clause: Clause, found: Attribution[]): Attribution[] {
  const { quotes, start } = clause.sentence;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const quote = quotes[i] as QuoteSpan;
    const next = quotes[i + 1] as QuoteSpan;
    if (found.some((a) => a.quote === quote)) continue;
    const gap = clause.masked.slice(quote.close - start, next.open - start);
    const shared = found.find((a) => a.quote === next);
    if (!shared || !/^[\s,]*(?:or|and)\s*$/u.test(gap)) continue;
    found.push({ ...shared, quote });
  }
  return found.sort((a, b) => a.quote.open - b.quote.open);
}

/**
 * `He has met US leaders, “because we want the US to help …”`: with no verb of saying, words in the
 * first person are the sentence's subject's own, when that subject is a person.
 */
function firstPersonOfSubject(clause: Clause, quote: QuoteSpan): Entity | undefined {
  if (!/\b(?:I|we|my|our|me|us)\b/u.test(quote.text)) return undefined;
  const open = quote.open - clause.sentence.start;
  const subject = clause.mentions.find(
    (m) => m.end <= open && !m.appositive && isSubjectPosition(clause.masked, m),
  );
  const entity = subject ? clause.resolved.get(subject) : undefined;
  return entity?.kind === 'person' ? entity : undefined;
}
