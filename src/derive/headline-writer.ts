import type { Entity, EntityBook } from './entity-book.ts';
import { isOfficeWord } from './name-words.ts';

/**
 * "Statement from Bureau of Engraving and Printing Director Len Olijar", "Commissioner Richard
 * Glick Statement": a release headed as someone's statement, whose quote paragraphs often stand
 * with no attribution of their own. What the headline names after `from`, `by` or `of` (or before
 * `Statement`), up to what the statement is on.
 */
const statementFrom =
  /^(?:Joint\s+)?(?:Statement|Remarks|Message)\s+(?:from|by|of)\s+(?<writer>.+?)(?:\s+(?:on|at|regarding|about|concerning|in|to|for|following|after)\s+.*)?$/u;
const writerStatement =
  /^(?<writer>.+?)(?:[’']s)?\s+(?:Statement|Remarks)(?:\s+(?:on|at|regarding|about|concerning|in|to|for|following|after)\s+.*)?$/u;

/** A word of a person's name as a headline prints it: capitalised, an initial, or hyphenated. */
const nameWord = /^(?:\p{Lu}[\p{L}’'-]*\.?|\p{Lu}\.)$/u;

/**
 * The person a statement's headline names as its writer: the words after the last office word
 * ("Director", "Commissioner", "Administrator"), two to four of them, each written as a name's
 * are. Someone the story names too is that entity; else they are added, as the headline names
 * them. Undefined for a headline of another kind, or a writer that is no person ("Statement from
 * the Department of Energy": a body the story's own rules name, if it speaks).
 */
export function headlineWriter(headline: string | undefined, book: EntityBook): Entity | undefined {
  const match = statementFrom.exec(headline ?? '') ?? writerStatement.exec(headline ?? '');
  const phrase = match?.groups?.writer;
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/u);
  const lastOffice = words.findLastIndex(isOfficeWord);
  if (lastOffice < 0) return undefined;
  const name = words.slice(lastOffice + 1);
  if (name.length < 2 || name.length > 4 || !name.every((w) => nameWord.test(w))) return undefined;
  const full = name.join(' ');
  const surname = name.at(-1) as string;
  const known = [...book.lookup(full), ...book.lookup(surname)].find((e) => e.kind === 'person');
  if (known) {
    book.alias(known, full);
    return known;
  }
  return book.add('person', full, -1);
}
