import type { Clause } from './clause.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';

/**
 * The words that end the names of documents people quote as law: "the Constitution of Iraq", "the
 * Universal Declaration of Human Rights", "the Geneva Convention", "the Civil Rights Act".
 */
const documentHeads =
  'Constitution|Declaration|Charter|Convention|Covenant|Treaty|Act|Code|Statute';

/** A capitalised word of a document's name, with the small words that join them. */
const word = String.raw`\p{Lu}[\p{L}’'-]*`;
const joined = String.raw`(?:${word}\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?)`;

/**
 * `the Universal Declaration of Human Rights, which states “…”`, `The Constitution of Iraq states in
 * Article 19 “…”`, `the Charter says that “…”`: a document named in capitals whose verb of saying
 * leads into the quote, perhaps after the article it cites.
 */
const namedBefore = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?((?:${joined}){0,6}(?:${documentHeads})(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:${word}\s*){1,4}?)?)\s*(?:,\s*which\s+)?(?:also\s+)?(?:states|stated|says|said|reads|read|declares|declared|provides|guarantees)(?:\s+(?:in|under)\s+(?:Article|Section|Clause|Paragraph)\s+[\dIVXivx]+\w*)?(?:\s+that)?\s*[:,]?\s*$`,
  'u',
);

/** Earlier quotes of the same sentence joined to this one by "and" or "or", with their marks. */
const joinedQuotes = /(?:\ue000+[\s,]*(?:and|or)\s+)+$/u;

/**
 * The document a quote is from when the story names it as the speaker, as keys name it: the
 * name without its article. Quotes joined by "and" after the first share its document.
 */
export function namedDocument(
  clause: Clause,
  quote: QuoteSpan,
  book: EntityBook,
): Entity | undefined {
  const lead = clause.masked.slice(0, quote.open - clause.sentence.start).replace(joinedQuotes, '');
  const name = namedBefore.exec(lead)?.[1]?.trim();
  if (!name) return undefined;
  const group = book.add('group', name, Number.MAX_SAFE_INTEGER);
  group.description ??= 'A document the story quotes';
  return group;
}
