import { attributeQuotes, type Conversation } from './attribute.ts';
import { type Clause, findVerbs, subjectOf } from './clause.ts';
import { colonSpeaker, labelSpeaker } from './colon-quotes.ts';
import { dashCredit } from './dash-credits.ts';
import { documentSpeaker, documentWriter } from './document-quotes.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { foreignVerbSpeaker } from './foreign-verbs.ts';
import type { Found } from './found.ts';
import { isHeading } from './headings.ts';
import { documentAbout, itSaysBefore } from './it-after-a-document.ts';
import { isLabel } from './label-quotes.ts';
import { findMentions } from './mentions.ts';
import { namedDocument } from './named-documents.ts';
import { nameTheOpeningOffice } from './named-later.ts';
import { claimOwner } from './owned-claims.ts';
import { shareRepeatedSpeakers } from './repeated-quotes.ts';
import { reportedSpeech } from './reported-speech.ts';
import { createResolver } from './resolve-speaker.ts';
import type { Sentence } from './sentences.ts';
import { isSlogan } from './slogans.ts';
import { isSubjectPosition } from './subject-position.ts';
import { termOf, termsInMarks } from './terms-in-marks.ts';
import { shareTranslatedSpeakers } from './translated-quotes.ts';

export type { Found };

/** What the sentences of a story yield: statements, and the quotes no speaker was found for. */
export interface Statements {
  found: Found[];
  unattributed: QuoteSpan[];
}

/**
 * "X said in a statement", "X stated", "the council passed a resolution": X is the document's
 * writer.
 */
const issuedStatement =
  /\b(?:stated|(?:in|issued|released|put\s+out)\s+(?:a|an)\s+(?:(?:written|official|joint|brief)\s+)?statement|(?:passed|adopted|approved|tabled)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:resolution|motion|declaration))\b/iu;

/**
 * "The following is a statement from NASA Administrator Sean O'Keefe …": a release that announces
 * the text it prints, whose quote paragraphs are the writer's.
 */
const followingText =
  /\b(?:following|below)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:(?:full\s+)?text\s+of\s+(?:an?|the)\s+)?(?:statement|remarks|message|letter)\s+(?:by|from)\s+/iu;

/**
 * "Commissioner Glick released the following statement:": the one who gives out the text that
 * follows, named before the verb, speaks its quote paragraphs.
 */
const issuedFollowing =
  /\b(?:released|issued|made|gave|delivered|provided|sent|shared|offered)\s+the\s+following\s+(?:joint\s+|brief\s+|written\s+)?(?:statement|remarks|comments?|message)\b/iu;

/** The person or body named last before "issued the following statement", if one is. */
function issuerBefore(clause: Clause): Entity | undefined {
  const match = issuedFollowing.exec(clause.masked);
  if (!match) return undefined;
  const issuer = clause.mentions.findLast(
    (m) => m.end <= match.index && !m.possessive && !m.appositive,
  );
  const entity = issuer ? clause.resolved.get(issuer) : undefined;
  return entity && entity.kind !== 'place' ? entity : undefined;
}

/**
 * "— CFPB Director Richard Cordray": a short line after a quote paragraph, opened by a dash, that
 * credits it as a pull quote is credited.
 */
const creditLine = /^\s*(?:[—–―]|-{1,2})\s*\p{Lu}[^.!?:;“”"]{0,100}$/u;

/** "In an official release from Amnesty International …": the document's writer, named after it. */
const documentFrom =
  /\b(?:statement|release|letter|communiqué|communique)\s+(?:issued\s+|released\s+|posted\s+)?(?:from|by)\s+(?:the\s+)?/iu;

/** The writer a sentence names after `pattern`, if it names one. */
function announcedWriter(clause: Clause, pattern: RegExp = followingText): Entity | undefined {
  const match = pattern.exec(clause.masked);
  if (!match) return undefined;
  const from = match.index + match[0].length;
  const writer = clause.mentions.find((m) => m.start >= from);
  const entity = writer ? clause.resolved.get(writer) : undefined;
  return entity && entity.kind !== 'place' ? entity : undefined;
}

/** A sentence whose subject is described, not named: "The man nominated to be … says". */
const describedSubject =
  /^(?:The|A|An)\s+(?:[\p{L}.’'-]+\s+){0,10}?(?:says|said|told|tells|added|adds|warned|warns)\b/u;

/**
 * "The chairman of the Joint Chiefs of Staff thanked … what he called “…”": a described subject
 * whose words a pronoun labels, so the next sentence, even the next paragraph's first, names them.
 */
const describedLabel =
  /^(?:The|A|An)\s+\p{Ll}[^;:]*?\bwhat (?:he|she) (?:called|termed|described as|dubbed)\s*["“]?$/u;

function awaitsName(sentence: Sentence, quote: QuoteSpan): boolean {
  if (describedSubject.test(sentence.masked)) return true;
  return describedLabel.test(sentence.text.slice(0, quote.open - sentence.start));
}

/** The document a story quotes, as a group named as the story words it. */
function documentGroup(book: EntityBook, name: string): Entity {
  const group = book.add('group', name, Number.MAX_SAFE_INTEGER);
  group.description ??= 'A document the story quotes';
  return group;
}

/** A speaker must be a person, organisation or group: a country that speaks is its government. */
function asSpeaker(book: EntityBook, entity: Entity): Entity {
  if (entity.kind === 'place') book.retype(entity, 'organisation');
  for (const id of entity.members) {
    const member = book.all().find((e) => e.id === id);
    if (member?.kind === 'place') book.retype(member, 'organisation');
  }
  return entity;
}

/**
 * The quote paragraph above a credit line ("— CFPB Director Richard Cordray"), given to whoever
 * the line names. Only a paragraph that is itself a quote from its first word: a block quoted
 * without marks (a pull quote box) may hold someone else's words in marks. The line is resolved
 * only when there is a quote to give, as resolving notes who was named last.
 */
function creditedAbove(
  index: number,
  sentence: Sentence,
  paragraphs: readonly string[],
  unattributed: QuoteSpan[],
  book: EntityBook,
  resolver: ReturnType<typeof createResolver>,
): Found[] {
  const above = paragraphs[index - 1];
  if (above === undefined || !creditLine.test(paragraphs[index] ?? '')) return [];
  const quotes = unattributed.filter(
    (q) => q.paragraph === index - 1 && above.slice(0, q.open).trim() === '',
  );
  if (quotes.length === 0) return [];
  const mentions = findMentions(sentence.masked, book);
  const name = mentions.find((m) => m.kind === 'name');
  const credited = name ? resolver.resolveSentence(sentence.masked, mentions).get(name) : undefined;
  if (credited?.kind !== 'person' && credited?.kind !== 'organisation') return [];
  return quotes.map((quote) => {
    unattributed.splice(unattributed.indexOf(quote), 1);
    return {
      speaker: credited,
      kind: 'direct' as const,
      text: quote.text.replace(/[\s,;:]+$/u, ''),
      context: above,
      paragraph: index,
      order: (index - 1) * 1e6 + quote.open,
    };
  });
}

/**
 * Reads the story sentence by sentence, following who is being talked about, and collects every
 * quote with its speaker and every piece of reported speech.
 */
export function findStatements(
  paragraphs: readonly string[],
  sentences: readonly Sentence[][],
  book: EntityBook,
  headlineWriter?: Entity,
): Statements {
  const resolver = createResolver(book);
  const terms = termsInMarks(sentences);
  const found: Found[] = [];
  const unattributed: QuoteSpan[] = [];
  // A headline that names whose statement the release is announces its first quote paragraphs.
  const talk: Conversation = headlineWriter ? { announced: headlineWriter } : {};
  // Quotes of a described subject wait one sentence, which may open the next paragraph, for a name.
  let awaiting: { quotes: QuoteSpan[]; sentence: Sentence; paragraph: number } | undefined;
  // The body last named as a document's writer, else the body the story was last about, with the
  // paragraph it was in: a document quoted unsigned, in that paragraph or the next, is likely its.
  let writer: { entity: Entity; paragraph: number } | undefined;
  let body: { entity: Entity; paragraph: number } | undefined;
  // The document the sentence before was about, which an opening `It` may stand for.
  let document: string | undefined;
  // The last speaker, and how many paragraphs since have quoted no one and named no one else.
  let aside: { speaker: Entity; paragraphs: number } | undefined;
  paragraphs.forEach((text, index) => {
    let announced: Entity | undefined;
    let namesOther = false;
    talk.inParagraph = undefined;
    talk.previousSubject = talk.subject;
    talk.subject = undefined;
    const list = sentences[index] ?? [];
    list.forEach((sentence, position) => {
      // "— CFPB Director Richard Cordray" under a quote paragraph: a credit, not a heading.
      if (position === 0)
        found.push(...creditedAbove(index, sentence, paragraphs, unattributed, book, resolver));
      // A heading over a section ("Positive Impact") is no one the next "he said" could mean.
      if (isHeading(sentence, list.length === 1)) return;
      const mentions = findMentions(sentence.masked, book);
      const resolved = resolver.resolveSentence(sentence.masked, mentions);
      for (const entity of resolved.values())
        if (entity?.kind === 'person' && entity !== aside?.speaker) namesOther = true;
      if (sentence.quotes.length > 0) namesOther = true;
      const clause: Clause = {
        sentence,
        masked: sentence.masked,
        mentions,
        resolved,
        verbs: findVerbs(sentence.masked),
      };
      const said = (speaker: Entity) => {
        asSpeaker(book, speaker);
        talk.inParagraph = speaker;
        talk.last = speaker;
        resolver.noteSubject(speaker);
      };
      const attributions = attributeQuotes(clause, talk);
      const signed = documentWriter(clause, book);
      if (signed) writer = { entity: signed, paragraph: index };
      const recent = [writer, body].find((w) => w && w.paragraph >= index - 1)?.entity;
      const about = mentions.find((m) => !m.appositive && isSubjectPosition(sentence.masked, m));
      const subject = about ? resolved.get(about) : undefined;
      // "The man nominated to be the top U.S. military officer says … “…”. Admiral Mike Mullen
      // discussed …": the quotes of a subject described but not named are the next sentence's
      // titled subject's.
      const named =
        awaiting && about?.kind === 'name' && about.titles.length > 0 && about.start <= 1
          ? subject
          : undefined;
      if (awaiting && named?.kind === 'person') {
        for (const quote of awaiting.quotes) {
          unattributed.splice(unattributed.indexOf(quote), 1);
          found.push({
            speaker: named,
            kind: 'partial',
            text: quote.text.replace(/[\s,;:]+$/u, ''),
            context: awaiting.sentence.text,
            paragraph: awaiting.paragraph + 1,
            order: awaiting.paragraph * 1e6 + quote.open,
          });
        }
        said(named);
      }
      awaiting = undefined;
      const unplaced: QuoteSpan[] = [];
      const documentBefore = position > 0 ? document : undefined;
      document = documentAbout(clause);
      for (const quote of sentence.quotes) {
        // Marks around nothing but punctuation (`"," she said`) hold no words to quote, and a
        // statement must have some.
        if (quote.text.replace(/[\s,;:]+$/u, '') === '') continue;
        if (
          isSlogan(sentence, quote) ||
          isLabel(sentence, quote) ||
          terms.has(termOf(quote.text))
        ) {
          unattributed.push(quote);
          continue;
        }
        const colon =
          colonSpeaker(clause, quote) ??
          labelSpeaker(clause, quote, book) ??
          dashCredit(clause, quote, book);
        const document = colon ? undefined : documentSpeaker(clause, quote, book, recent);
        const speaker = colon ?? document ?? foreignVerbSpeaker(clause, quote);
        const attributed = attributions.find((a) => a.quote === quote);
        // "“…,” read a warning by the Joint Tsunami Warning Center": words of a document whose
        // writer, a body, the sentence names are not those of the person the story quoted last.
        const byBody = signed !== undefined && document?.members.includes(signed.id) === true;
        // "The Constitution of Iraq states in Article 19 “…”": the document named is the speaker.
        const law = namedDocument(clause, quote, book) ?? claimOwner(clause, quote);
        const attribution = law
          ? { quote, speaker: law, kind: 'partial' as const, continued: false }
          : ((attributed?.speaker.kind === 'person' && byBody ? undefined : attributed) ??
            (speaker ? { quote, speaker, kind: 'direct' as const, continued: false } : undefined));
        const it =
          !attribution && documentBefore && itSaysBefore(clause, quote.open - sentence.start)
            ? documentGroup(book, documentBefore)
            : undefined;
        if (it) {
          found.push({
            speaker: it,
            kind: 'partial',
            text: quote.text.replace(/[\s,;:]+$/u, ''),
            context: sentence.text,
            paragraph: index + 1,
            order: index * 1e6 + quote.open,
          });
          said(it);
          continue;
        }
        if (!attribution) {
          unattributed.push(quote);
          unplaced.push(quote);
          continue;
        }
        const previous = list[position - 1];
        const from = attribution.continued && previous ? previous.start : sentence.start;
        found.push({
          speaker: attribution.speaker,
          kind: attribution.kind,
          text: quote.text.replace(/[\s,;:]+$/u, ''),
          context: text.slice(from, sentence.end),
          paragraph: index + 1,
          order: index * 1e6 + quote.open,
        });
        said(attribution.speaker);
      }
      const first = unplaced[0];
      if (first && awaitsName(sentence, first) && about?.kind !== 'name')
        awaiting = { quotes: unplaced, sentence, paragraph: index };
      const reports = reportedSpeech(clause, talk.last);
      // "One man said he feels lucky. “I work here …”": words too few to keep as reported speech
      // still name who is talking, so the quote that follows alone is theirs.
      if (attributions.length === 0 && reports.length === 0) {
        const verb = clause.verbs.find((v) => v.strong && !v.belief);
        const speaker = verb ? subjectOf(clause, verb, talk.last) : undefined;
        if (speaker && speaker.kind !== 'place') talk.inParagraph = speaker;
      }
      for (const report of reports) {
        found.push({
          speaker: report.speaker,
          kind: 'paraphrase',
          text: sentence.text.slice(report.start, report.end),
          context: sentence.text,
          paragraph: index + 1,
          order: index * 1e6 + sentence.start + report.start,
          ...(report.when ? { when: report.when } : {}),
          ...(report.audience ? { audience: report.audience } : {}),
        });
        said(report.speaker);
      }
      // "X said in a statement", "X issued a statement": a later "the statement said" is X's.
      if (issuedStatement.test(sentence.masked)) {
        const issuer = attributions.at(-1)?.speaker ?? talk.inParagraph ?? subject;
        if (issuer) talk.statementBy = issuer;
      }
      talk.statementBy = announcedWriter(clause, documentFrom) ?? talk.statementBy;
      talk.subject = subject?.kind === 'person' ? subject : undefined;
      if (subject?.kind === 'organisation') body = { entity: subject, paragraph: index };
      // "X said:" or "Rathbun stated," at the end of a paragraph announces the quote that follows;
      // so does a sentence whose quotes end before its colon ("called it “dangerous”:").
      const lastQuote = sentence.quotes.at(-1);
      const tail = lastQuote ? text.slice(lastQuote.close, sentence.end) : sentence.text;
      if (/[:,]\s*$/.test(sentence.text) && /[\p{L})]\s*[:,]\s*$/u.test(tail)) {
        const verb = clause.verbs.at(-1);
        const lastSaid = attributions.at(-1)?.speaker;
        // "Commenting on the “facts” … - which the Committee asked about - Frank Field said:": a
        // verb after the sentence's last quote announces its own subject's words.
        const after =
          verb && lastQuote && verb.start >= lastQuote.close - sentence.start
            ? subjectOf(clause, verb, talk.last)
            : undefined;
        announced = after ?? lastSaid ?? (verb ? subjectOf(clause, verb, talk.last) : undefined);
      }
      announced = announcedWriter(clause) ?? issuerBefore(clause) ?? announced;
    });
    aside = talk.inParagraph
      ? { speaker: talk.inParagraph, paragraphs: 0 }
      : aside && !namesOther && aside.paragraphs < 2
        ? { speaker: aside.speaker, paragraphs: aside.paragraphs + 1 }
        : undefined;
    talk.beforeAside = aside && aside.paragraphs > 0 ? aside.speaker : undefined;
    talk.previousParagraph = talk.inParagraph;
    talk.announced = announced;
  });
  shareTranslatedSpeakers(sentences, found, unattributed);
  shareRepeatedSpeakers(sentences, found, unattributed);
  nameTheOpeningOffice(found, book);
  found.sort((a, b) => a.order - b.order);
  return { found, unattributed };
}
