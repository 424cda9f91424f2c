/**
 * Text for Slack: escaping content so it stays inert, and cutting or splitting it to a limit that
 * applies to the escaped form (the form Slack counts).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const ZERO_WIDTH_SPACE = '\u200b';

// Half a surrogate pair is not text: Slack cannot show it, so it becomes U+FFFD (same length).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Control characters show as nothing useful, and each one is six characters in the JSON Slack
// counts against a message's size (`\u0001`), so a run of them burst the size budget. They become
// U+FFFD like half a surrogate pair: the length is kept (cutting relies on escaping never making
// text shorter), and a text of control characters alone is not turned blank, which Slack refuses.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Escapes `&`, `<` and `>`, the characters Slack uses for mentions (`<!channel>`, `<@U…>`) and
 * links (`<https://…|label>`). Slack decodes the three entities for display, in plain text too.
 * Half a surrogate pair and a control character (not a newline or tab) become U+FFFD.
 */
export function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, '\uFFFD')
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

// mrkdwn has no escape character. A marker opens bold, italics, strike-through or code only at
// the start of a word and only when a character follows it directly, so a zero-width space after
// every marker that starts a word keeps `*bold*` literal while leaving `snake_case` and URLs alone.
const WORD_START_MARKER = /(?<![\p{L}\p{N}])[*_~`]/gu;

/** Escapes content for a `mrkdwn` text object: entities, and formatting markers made literal. */
export function escapeMrkdwn(text: string): string {
  return escapeText(text).replace(WORD_START_MARKER, (marker) => `${marker}${ZERO_WIDTH_SPACE}`);
}

/**
 * Turns raw text into what goes on the wire (escaped, perhaps with markup around it). It must
 * never make text shorter, and a longer input must never render shorter than a prefix of it.
 */
export type Render = (raw: string) => string;

/** Never ends a cut inside a surrogate pair, which would leave half a character. */
function safeEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return end > 0 && code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The longest prefix of `raw` (in UTF-16 units) whose rendering with `suffix` fits in `max`. */
function longestFit(raw: string, max: number, render: Render, suffix = ''): number {
  let low = 0;
  // Rendering only ever adds characters, so no prefix longer than `max` can fit.
  let high = Math.min(raw.length, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(raw.slice(0, mid)).length + suffix.length <= max) low = mid;
    else high = mid - 1;
  }
  return safeEnd(raw, low);
}

/** Backs a cut off to the last space or line break, when that keeps most of the text. */
function atWordBoundary(raw: string, end: number): number {
  if (end >= raw.length) return end;
  const boundary = Math.max(raw.lastIndexOf(' ', end), raw.lastIndexOf('\n', end));
  return boundary > end / 2 ? boundary : end;
}

/** Renders `raw` in at most `max` characters, cutting it with an ellipsis when it is too long. */
export function fitText(raw: string, max: number, render: Render = escapeMrkdwn): string {
  if (raw.length <= max) {
    const whole = render(raw);
    if (whole.length <= max) return whole;
  }
  const end = atWordBoundary(raw, longestFit(raw, max, render, '…'));
  return `${render(raw.slice(0, end).trimEnd())}…`;
}

/**
 * Renders `raw` as pieces of at most `max` characters each, breaking at line ends or spaces where
 * it can, so a long text becomes several blocks instead of being cut.
 */
export function splitText(raw: string, max: number, render: Render = escapeMrkdwn): string[] {
  const pieces: string[] = [];
  let rest = raw.trim();
  while (rest !== '') {
    let end = longestFit(rest, max, render);
    if (end < rest.length) {
      const newline = rest.lastIndexOf('\n', end);
      end = newline > end / 2 ? newline : atWordBoundary(rest, end);
    }
    if (end === 0) end = Math.min(rest.length, 1);
    const piece = rest.slice(0, end).trim();
    if (piece !== '') pieces.push(render(piece));
    rest = rest.slice(end).trim();
  }
  return pieces;
}
