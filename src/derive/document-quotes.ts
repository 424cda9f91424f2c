import type { Clause } from './clause.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';

/**
 * Nouns for written words that a story quotes as the speaker: a statement, a report, a website.
 * News copy quotes them without naming a writer ("the joint statement said:"), and the reader is
 * told no more than the document, so the document as the story words it is the speaker.
 */
const documentNouns = [
  'statement',
  'report',
  'declaration',
  'resolution',
  'letter',
  'document',
  'website',
  'web site',
  'site',
  'post',
  'posting',
  'communique',
  'communiqué',
  'order',
  'ruling',
  'manifesto',
  'memo',
  'memorandum',
  'cable',
  'release',
  'message',
  'email',
  'e-mail',
  'notice',
  'announcement',
  'assessment',
  'study',
  'survey',
  'review',
  'filing',
  'indictment',
  'complaint',
  'lawsuit',
  'affidavit',
  'judgment',
  'judgement',
  'verdict',
  'bulletin',
  'warning',
  'alert',
  'advisory',
  'editorial',
  'article',
  'transcript',
  'petition',
  'agreement',
  'accord',
  'treaty',
  'charter',
  'text',
  'tweet',
  'blog',
  'leaflet',
  'pamphlet',
];

/** Verbs by which a document "says" what it holds: it said, states, reads, adds, notes, warns. */
const documentVerbs =
  'said|says|stated|states|read|reads|added|adds|noted|notes|concluded|concludes|warned|warns|continued|continues|declared|declares|explained|explains|claimed|claims|asserted|asserts|stressed|stresses|urged|urges|found|finds|argued|argues|insisted|insists|acknowledged|acknowledges|predicted|predicts|recommended|recommends|went\\s+on';

const nouns = [...documentNouns].sort((a, b) => b.length - a.length).join('|');
/** "the", "a", "its", "one", or an owner: "the march's", "the organization's". */
const determiner = String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|(?:[Tt]he\s+)?[\p{L}.-]+['’]s?)`;
/** The document as printed: a determiner, up to four words describing it, and the noun. */
const phrase = String.raw`(${determiner}\s+(?:[\p{L}\d.’'-]+\s+){0,4}?(?:${nouns})s?)`;
/** Words a writer puts between a document and its verb: "also", "in part", ", however,". */
const aside = String.raw`(?:\s*,\s*(?:however|in\s+part|in\s+turn)\s*,|\s+(?:also|further|then|later|earlier|again|in\s+part))?`;

/**
 * `the joint statement said: “…”`, `The resolution also stated that Iranian authorities “…”`:
 * the document opens its clause, and no other verb of saying stands between its verb and the quote.
 */
const documentBefore = new RegExp(
  String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|which|while|where|as|whereas)\s+)${phrase}${aside}\s+(${documentVerbs})\b(?:\s*,?\s*in\s+part\s*,?)?(?:\s+that\b[^;]{0,160}?)?\s*[:,]?\s*$`,
  'u',
);

/** `…, the statement said.` at the end of a sentence. */
const documentClosing = new RegExp(
  String.raw`,\s*${phrase}\s+(?:${documentVerbs})\s*[.!?]?\s*$`,
  'u',
);

/** `“…,” the report said` and, inverted, `“…,” reads the statement`. */
const documentAfter = new RegExp(
  String.raw`^[\s,!?…—–-]*(?:${phrase}${aside}\s+(?:${documentVerbs})\b|(?:${documentVerbs})\s+${phrase}(?=[\s,.;:]|$))`,
  'u',
);

/** "The joint statement" as the speaker's name, with a sentence's capital taken off its article. */
function asName(text: string): string {
  return text.replace(/^(?:The|A|An|Its|Their|His|Her|This|That|One|Another)\b/u, (w) =>
    w.toLowerCase(),
  );
}

/**
 * The document a quote is the words of, when the sentence quotes a document whose writer it does
 * not name: a group named as the story names the document, whose member is the body (`writer`)
 * the story last said issued it or was about, when there is one.
 */
export function documentSpeaker(
  clause: Clause,
  quote: QuoteSpan,
  book: EntityBook,
  writer?: Entity,
): Entity | undefined {
  const { masked, sentence } = clause;
  const open = quote.open - sentence.start;
  const close = quote.close - sentence.start;
  const before = documentBefore.exec(masked.slice(0, open));
  let found: string | undefined;
  let at = 0;
  if (before?.[1] && before.index !== undefined) {
    at = before.index + before[0].indexOf(before[1]);
    const verbAt = masked.indexOf(before[2] ?? '', at);
    // "The report says Smith told …": a later verb of saying has a speaker of its own.
    const later = clause.verbs.some((v) => v.strong && v.start > verbAt && v.end <= open);
    if (!later) found = before[1];
  }
  if (!found) {
    const next = sentence.quotes.find((q) => q.open > quote.open);
    const after = documentAfter.exec(
      masked.slice(close, next ? next.open - sentence.start : undefined),
    );
    found = after?.[1] ?? after?.[2];
    at = close + (after?.index ?? 0) + (after?.[0].indexOf(found ?? '') ?? 0);
  }
  // "… are seeking “real justice” for victims of the regime, the statement said.": a document
  // that closes the sentence says the words quoted before it.
  const closing = found ? null : documentClosing.exec(masked.slice(close));
  if (closing?.[1] && !masked.slice(close).includes('\ue000')) {
    found = closing[1];
    at = close + closing.index + closing[0].indexOf(found);
  }
  if (!found) return undefined;
  // "“…,” Northam’s order says": a document its owner is named with is the owner's words.
  const owner = clause.mentions.find(
    (m) => m.start === at && /^['’]s?\s/u.test(masked.slice(m.end)),
  );
  const owned = owner && clause.resolved.get(owner);
  if (owned?.kind === 'person' || owned?.kind === 'organisation') return owned;
  const group = book.add('group', asName(found), Number.MAX_SAFE_INTEGER);
  group.description ??= 'A document the story quotes';
  if (writer && writer.kind !== 'person' && !group.members.includes(writer.id))
    group.members.push(writer.id);
  return group;
}

/** A document noun right after a body's name: "the ministry's statement", "a CIA assessment". */
const documentAfterName = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}?(?:${nouns})s?\b`,
  'u',
);
/** A document noun right before its writer: "a resolution passed by", "the letter from". */
const documentBeforeName = new RegExp(
  String.raw`\b(?:${nouns})s?\s+(?:(?:issued|released|passed|adopted|approved|published|posted|sent|signed|written)\s+)?(?:by|from|of)\s+(?:the\s+)?$`,
  'u',
);

/**
 * The body a sentence names as the writer of a document ("a resolution passed by the European
 * Parliament", "a declassified CIA assessment"), so that the document's words quoted later with
 * no writer named are known to be that body's too.
 */
export function documentWriter(clause: Clause, book: EntityBook): Entity | undefined {
  const { masked, mentions, resolved } = clause;
  const replied = responder(clause, book);
  if (replied) return replied;
  const writers = mentions.filter((m) => {
    const entity = resolved.get(m);
    if (!entity || (entity.kind !== 'organisation' && entity.kind !== 'place')) return false;
    return (
      documentAfterName.test(masked.slice(m.end)) ||
      documentBeforeName.test(masked.slice(Math.max(0, m.start - 60), m.start))
    );
  });
  const last = writers.at(-1);
  return last ? resolved.get(last) : undefined;
}

/** "an official who responded that …", "the ministry replied": someone answering in writing. */
const respondedAfter =
  /^,?\s+(?:who\s+|which\s+)?(?:later\s+|quickly\s+)?(?:responded|replied|answered|wrote\s+back)\b/u;

/**
 * "VOA reached out to a State Department official who responded that … “…,” the statement said":
 * the body of whoever answered the story's questions is the writer of the statement it quotes
 * next, not the outlet that asked. An unnamed official counts through the body their description
 * names ("a State Department official").
 */
function responder(clause: Clause, book: EntityBook): Entity | undefined {
  const { masked, mentions, resolved } = clause;
  for (const m of mentions) {
    if (!respondedAfter.test(masked.slice(m.end))) continue;
    const entity = resolved.get(m);
    if (entity?.kind === 'organisation') return entity;
    const owner = /^(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)\s+\p{Ll}/u.exec(m.text)?.[1];
    const body = owner ? book.lookup(owner).find((e) => e.kind === 'organisation') : undefined;
    if (body) return body;
  }
  return undefined;
}
