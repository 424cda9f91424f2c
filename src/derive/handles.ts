import { isCommonWord } from './common-words.ts';
import type { EntityBook } from './entity-book.ts';
import type { Sentence } from './sentences.ts';

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

/** Adds every online handle named after a word for a user to the book, as a person. */
export function addHandles(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
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
