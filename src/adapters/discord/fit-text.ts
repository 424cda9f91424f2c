/** Marks text that was cut to fit a limit, so a reader can always tell something is missing. */
export const CUT_MARKER = '…';

const WHITESPACE = /\s/;

/**
 * Where text may be split without breaking a UTF-16 surrogate pair or a Markdown escape: a cut
 * just after a lone `\` would make it escape whatever follows, such as the cut marker.
 */
function safeEnd(text: string, end: number): number {
  let at = Math.min(end, text.length);
  const code = text.charCodeAt(at - 1);
  if (at < text.length && code >= 0xd800 && code <= 0xdbff) at--;
  let slashes = 0;
  while (at - slashes > 0 && text[at - slashes - 1] === '\\') slashes++;
  if (slashes % 2 === 1) at--;
  return Math.max(at, 0);
}

/**
 * The longest start of `text` (at most `max` UTF-16 units) that ends at a word boundary, with
 * trailing whitespace dropped. Only a text without any whitespace in that window is split
 * inside a word, since no boundary exists to cut at.
 */
function wordPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let boundary = -1;
  for (let i = max; i > 0; i--) {
    if (WHITESPACE.test(text.charAt(i))) {
      boundary = i;
      break;
    }
  }
  const head = boundary > 0 ? text.slice(0, boundary).trimEnd() : '';
  return head !== '' ? head : text.slice(0, safeEnd(text, max));
}

/**
 * Fits text into `max` UTF-16 units (Discord counts no more than that), cutting at a word boundary
 * and marking the cut with {@link CUT_MARKER}. Text that already fits comes back trimmed.
 */
export function cutText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  if (max < CUT_MARKER.length) return '';
  return `${wordPrefix(trimmed, max - CUT_MARKER.length)}${CUT_MARKER}`;
}

/**
 * Splits long text into pieces of at most `max` UTF-16 units at whitespace, preferring a line
 * break in the second half of a piece, so that nothing is lost when a reply continues.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const newline = window.lastIndexOf('\n');
    const head = newline >= max / 2 ? window.slice(0, newline).trimEnd() : wordPrefix(rest, max);
    pieces.push(head);
    rest = rest.slice(head.length).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
