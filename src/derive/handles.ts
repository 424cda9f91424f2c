import { isCommonWord } from './common-words.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import { MASK, type Sentence } from './sentences.ts';
import { attributionVerbs, verbAlternation } from './speech-verbs.ts';

/**
 * "blogger odinzavseh", "Twitter users gruppa_x, ponny1 and moskless", "retweeted user LailaM's
 * call": the names people use online, after a word for a user. They are people's names, though
 * the capitals that mark a name are missing or misplaced, so the name finder does not see them.
 */
const userWords =
  /\b(?:(?:Twitter|Facebook|Instagram|YouTube|TikTok|LiveJournal|VKontakte|Weibo|Reddit)\s+)?(?:users?|bloggers?|tweeters?|accounts?|handles?)\s+((?:@?[\p{L}\d_]+(?:[’']s)?(?:,?\s+and\s+|,\s+)?){1,8})/gu;

/** What marks a handle beyond doubt: an @ sign, a digit, an underscore or a capital inside. */
const marked = (word: string) => /^@|[\d_]/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word);

/** A handle: one so marked, or a word in lower case that is no English word. */
function isHandle(word: string): boolean {
  // "accounts labelled", "users posting": a verb's form after the word is no handle.
  if (word.length < 3 || isCommonWord(word) || /^\p{Ll}+(?:ed|ing)$/u.test(word)) return false;
  return marked(word) || /^\p{Ll}/u.test(word);
}

const said = verbAlternation(attributionVerbs);

/**
 * `"…," kite_77 replied`, `"…?" posted sam1990.`: a commenter known only by a handle, named
 * right beside a quote as its speaker. Only a word that opens with a letter and mixes small letters
 * with a digit or an underscore is a handle beyond doubt here ("2nd", "G20", "7th" are no one's).
 */
const besideQuote = new RegExp(
  `${MASK}[\\s,]*(?:([\\p{L}\\d_]+)\\s+(?:${said})\\b|(?:${said})\\s+([\\p{L}\\d_]+)[.,;]?$)`,
  'gu',
);
const handleBeyondDoubt = (word: string) =>
  /^\p{L}/u.test(word) && /[\d_]/u.test(word) && /\p{Ll}/u.test(word);

/** Adds every online handle named after a word for a user, or beside a quote it speaks, as a person. */
export function addHandles(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const match of sentence.masked.matchAll(besideQuote)) {
      const handle = match[1] ?? match[2] ?? '';
      if (handleBeyondDoubt(handle) && book.lookup(handle).length === 0)
        book.add('person', handle, sentence.paragraph * 1e6 + sentence.start + (match.index ?? 0));
    }
    for (const match of sentence.masked.matchAll(userWords)) {
      const list = match[1] ?? '';
      const names = list.split(/,\s+(?:and\s+)?|,?\s+and\s+/u);
      // "blogger zarya77 and reposts from …": with no comma, a plain word after "and" goes on
      // the sentence, not the list.
      const commas = /,/u.test(list);
      // "Mikhail Svetov, Twitter user msvetov,": a handle in apposition is the named person's.
      const named = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+),\s*$/u.exec(
        sentence.masked.slice(0, match.index),
      )?.[1];
      const owner = named ? book.lookup(named).find((e) => e.kind === 'person') : undefined;
      for (const [index, raw] of names.entries()) {
        const handle = raw.replace(/[’']s$/u, '').trim();
        if (index > 0 && !commas && !marked(handle)) break;
        // "the user with", "users who": a handle stands alone; the list ends at the first word.
        if (!isHandle(handle)) break;
        if (owner) book.alias(owner, handle);
        else if (book.lookup(handle).length === 0) {
          book.add(
            'person',
            handle,
            sentence.paragraph * 1e6 + sentence.start + (match.index ?? 0),
          );
        }
      }
    }
  }
}

/**
 * Where a sentence names a person the book knows by a handle beyond doubt; the name finder looks
 * for capitals and passes such words by, so without this they could never be a quote's speaker.
 */
export function handlesIn(
  masked: string,
  book: EntityBook,
): { start: number; end: number; candidates: Entity[] }[] {
  const found = [];
  // "@name" inside a post is whom it answers, not who wrote it; "users a_1, b_2 and c_3" are a
  // group, whose words none of them speaks alone.
  for (const m of masked.matchAll(/(?<![\p{L}\d_@])\p{L}[\p{L}\d_]*/gu)) {
    if (!handleBeyondDoubt(m[0])) continue;
    const end = m.index + m[0].length;
    if (
      /(?:,|\band)\s*$/u.test(masked.slice(0, m.index)) ||
      /^\s*(?:,|and\b)/u.test(masked.slice(end))
    )
      continue;
    const candidates = book.lookup(m[0]).filter((e) => e.kind === 'person');
    if (candidates.length > 0) found.push({ start: m.index, end, candidates });
  }
  return found;
}
