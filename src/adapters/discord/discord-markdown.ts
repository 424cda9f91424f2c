// Characters that start or end Markdown anywhere in a line: emphasis, code, spoilers, masked
// links ([text](url)), and angle brackets, which would turn `<@id>`, `<#id>` or `<t:…>` into
// mentions, channel links and timestamps.
const ANYWHERE = /[\\*_~`|[\]<>]/g;
// Marks that only mean something at the start of a line, followed by a space: headings (`# `),
// lists (`- `, `1. `) and subtext (`-# `). Escaping them at the start of every word, not just of
// every line, keeps text safe wherever a long paragraph is later split across embeds.
const WORD_START = /(^|\s)([#+-](?=[\s#]|$)|\d+(?=\.(?:\s|$)))/g;
// Control characters could garble the message or be rejected by Discord; newlines and tabs stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const URL = /(https?:\/\/[^\s<>]+)/;
// Half a surrogate pair is not text: JSON carries it as an escape, but Discord cannot show it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters dropped, and half surrogate pairs shown as U+FFFD (keeping the length). */
function clean(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

function escapeWords(text: string): string {
  return text
    .replace(ANYWHERE, '\\$&')
    .replace(WORD_START, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/**
 * Makes plain text safe to put in Discord Markdown: every character that could format, link or
 * mention is backslash-escaped, so briefing or user text always shows as written. Bare URLs are
 * left alone because Discord links them before reading Markdown, and an escape would break them.
 */
export function escapeMarkdown(text: string): string {
  return clean(text)
    .split(URL)
    .map((part, index) => (index % 2 === 1 ? part : escapeWords(part)))
    .join('');
}

/** Text as Discord's plain-text places show it (footers, button labels): only cleaned. */
export function plainText(text: string): string {
  return clean(text);
}
