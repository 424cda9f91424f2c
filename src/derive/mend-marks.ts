import { quoteStyle } from './find-quotes.ts';

/*
 * Marks the source set wrong, mended on the paragraphs before anything reads them, each in place
 * (one character for one, so every offset still holds): the pairing in find-quotes.ts then sees
 * every quote opened and closed.
 */

/**
 * `“… a successful rescue,'' said Lt. Charles Lesperance`, `"I've talked …,'' Hersman said`: a
 * closing double mark typed as two apostrophes after the quote's last punctuation, in a story
 * that uses double marks. Each paragraph gets the closing mark it stands for, of the kind of the
 * opening mark before it; the second apostrophe becomes a space, so every offset still holds.
 * Done on the paragraphs before anything reads them, so every rule sees a closed quote; so is a
 * closing mark printed as a double prime (`closeDoublePrime`), and an opening mark typed as a
 * closing one (`openedWithClosing`).
 */
export function mendClosingMarks(printed: readonly string[]): string[] {
  if (quoteStyle(printed) !== 'double') return [...printed];
  return printed
    .map(mixedMarks)
    .map(openedWithClosing)
    .map(openedUnmarked)
    .map((text) =>
      closeDoublePrime(
        text.includes("''")
          ? text.replace(/([,.!?])''(?=\s|$)/gu, (_, stop: string, at: number) => {
              const opening = /["“”](?=[^"“”]*$)/u.exec(text.slice(0, at))?.[0];
              return `${stop}${opening === '"' ? '"' : '”'} `;
            })
          : text,
      ),
    );
}

/**
 * `”When we raised legitimate concerns, the Cabinet Office tried to discredit us.”`: a paragraph
 * whose opening mark was typed as a closing one, before a capital, with its own closing mark later
 * and no opening mark between, opens a quote. So does one after a sentence's end, a comma or a
 * colon where every quote before it has closed (`… had not been connected.”It is not working and
 * just an ornament.”`, `tweeted after a meeting, ”POTUS & VPOTUS support …”`).
 */
function openedWithClosing(text: string): string {
  return text
    .replace(/^”(?=\p{Lu})([^“”]+”)/u, '“$1')
    .replace(/(?<=[.!?,:]\s?)”(?=\p{Lu})(?=[^“”]+”)/gu, (mark, at: number) =>
      balanced(text.slice(0, at)) ? '“' : mark,
    );
}

/**
 * `I rushed out of my shack …,” she said.`, `‘It is a good thing …,” said Nekhavhambe`: a
 * paragraph that opens on words, or on a single mark, whose first double mark closes a quote right
 * before its attribution, lost its opening mark; the quote opens where the paragraph does.
 */
function openedUnmarked(text: string): string {
  const close =
    /^[‘']?\p{Lu}[^“”"]*?[,.!?]”(?=\s+(?:(?:he|she|they|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:said|says|added|adds|told|tells|explained|explains|asked|asks|recalled|recalls|continued)\b|(?:said|says|added|adds|explained|explains|asked|recalled)\s+\p{Lu}))/u;
  if (!close.test(text)) return text;
  return `“${text.replace(/^[‘']/u, '')}`;
}

/** A verb of saying, with whoever says it before or after, right after a quote's closing mark. */
const attributionNext =
  /^\s+(?:(?:he|she|they|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+)?(?:said|says|added|adds|told|tells|explained|explains)\b/u;

/**
 * `"… the government judicial system,' said Mahmood. 'The courts … populations."`: a quote opened
 * with a double mark and closed with a single one before its attribution, then reopened with a
 * single one and closed with a double one. Each single mark is read as the double one it stands
 * for, of the kind the quote opened with.
 */
function mixedMarks(text: string): string {
  if (!/['’‘]/u.test(text)) return text;
  const closed = text.replace(/(?<=[,.!?])['’](?=\s)/gu, (mark, at: number) => {
    const open = /(?:^|[\s(])(["“”])([^"“”]*)$/u.exec(text.slice(0, at));
    const opening = open?.[1];
    // `said, 'Prophets of God are not to be mocked.' I said`: a single pair inside the quote.
    if (!opening || /(?:^|[\s(])['‘]/u.test(open?.[2] ?? '')) return mark;
    if (!attributionNext.test(text.slice(at + 1))) return mark;
    return opening === '"' ? '"' : '”';
  });
  if (closed === text) return text;
  return closed.replace(/(?<=[.:]\s)['‘](?=\p{Lu})/gu, (mark, at: number) => {
    const rest = /^[^"“”'’‘]*(?:[’'](?=\p{L})[^"“”'’‘]*)*(["”])\s*$/u.exec(closed.slice(at + 1));
    if (!rest) return mark;
    return rest[1] === '"' ? '"' : '“';
  });
}

/** Whether every opening double mark in the text has closed. */
function balanced(text: string): boolean {
  const opened = text.match(/“/gu)?.length ?? 0;
  const closed = text.match(/”/gu)?.length ?? 0;
  return opened === closed;
}

/**
 * `“… the institutions of 1945″.`: a publishing tool that curls marks took a closing mark after a
 * number for inches, a double prime. Where a curly opening mark before it is still open, it is
 * that mark's closing one.
 */
function closeDoublePrime(text: string): string {
  if (!text.includes('″')) return text;
  return text.replace(/(?<=\d)″/gu, (prime, at: number) =>
    /“[^”]*$/u.test(text.slice(0, at)) ? '”' : prime,
  );
}
