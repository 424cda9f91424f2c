import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/adapters/discord/discord-markdown.ts';
import { CUT_MARKER, cutText, splitText } from '../../../src/adapters/discord/fit-text.ts';

/** No half of a surrogate pair on its own: the text survives JSON and Discord intact. */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

const text = fc.oneof(
  fc
    .array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }), { maxLength: 80 })
    .map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 400 }),
);
const limit = fc.integer({ min: 2, max: 300 });

describe('cutting text to a limit', () => {
  it('keeps text that fits and marks the cut at a word boundary when it does not', () => {
    expect(cutText('  short text ', 20)).toBe('short text');
    expect(cutText('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(cutText('unbreakable-without-any-space', 10)).toBe('unbreakab…');
    expect(cutText('a \\*b', 4)).toBe('a…');
    expect(cutText('😀😀😀', 4)).toBe('😀…');
  });

  it('never exceeds the limit, and cuts inside a word only when there is no space to cut at', () => {
    fc.assert(
      fc.property(text, limit, (input, max) => {
        const cut = cutText(input, max);
        const whole = input.trim();
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(wellFormed(cut)).toBe(true);
        if (whole.length <= max) {
          expect(cut).toBe(whole);
          return;
        }
        expect(cut.endsWith(CUT_MARKER)).toBe(true);
        const kept = cut.slice(0, -CUT_MARKER.length);
        expect(whole.startsWith(kept)).toBe(true);
        const atBoundary = /\s/.test(whole.charAt(kept.length));
        expect(atBoundary || !/\s/.test(kept)).toBe(true);
      }),
    );
  });
});

describe('splitting text into pieces', () => {
  it('loses nothing but whitespace and splits at whitespace when it can', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 120 }), (input, max) => {
        const pieces = splitText(input, max);
        const squash = (s: string) => s.replace(/\s+/g, '');
        expect(squash(pieces.join(''))).toBe(squash(input));
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(wellFormed(piece)).toBe(true);
        }
      }),
    );
  });

  it('prefers a line break for a split', () => {
    expect(splitText('first line here\nsecond line', 20)).toEqual([
      'first line here',
      'second line',
    ]);
  });
});

describe('escaping Markdown', () => {
  const special = /[\\*_~`|[\]<>]/;

  it('leaves every formatting character escaped, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(
        text.filter((t) => !t.includes('http')),
        (input) => {
          const escaped = escapeMarkdown(input);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped
          const plain = input.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
          expect(escaped.replace(/\\([^\sA-Za-z0-9])/g, '$1')).toBe(plain);
          let slashes = 0;
          for (const char of escaped) {
            if (special.test(char) && char !== '\\') expect(slashes % 2).toBe(1);
            slashes = char === '\\' ? slashes + 1 : 0;
          }
        },
      ),
    );
  });

  it('escapes line-start Markdown at the start of every word, and leaves links readable', () => {
    expect(escapeMarkdown('# title - item 1. one 3.5 won-sik')).toBe(
      '\\# title \\- item 1\\. one 3.5 won-sik',
    );
    expect(escapeMarkdown('see https://example.com/a_b_c, then *this*')).toBe(
      'see https://example.com/a_b_c, then \\*this\\*',
    );
  });
});

describe('cutting and splitting at the exact edges', () => {
  it.each([
    ['  abc  ', 3, 'abc'],
    ['abcd', 4, 'abcd'],
    ['abcde', 0, ''],
    ['abcde', 1, '…'],
    ['ab cd', 4, 'ab…'],
    ['a b', 2, 'a…'],
    // Never after half a surrogate pair, never after an escaping backslash.
    ['a😀bc', 3, 'a…'],
    ['abc\\\\de', 5, 'abc…'],
    ['ab\\*cd', 4, 'ab…'],
    // U+10FFFD is the pair \udbff\udffd: the last high surrogate is still half a pair.
    ['a\u{10FFFD}bc', 3, 'a…'],
    // U+10000 is the pair \ud800\udc00: the first high surrogate too.
    ['a\u{10000}bc', 3, 'a…'],
    // The spaces before the boundary go, not the start of the text.
    ['ab  cdef', 5, 'ab…'],
  ])('cutText(%j, %i) is %j', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });

  it.each([
    ['abcdefgh', ['abcdefgh']],
    // Text that fits is one piece, even with a line break to split at.
    ['abcd\nefg', ['abcd\nefg']],
    ['abcdefghi', ['abcdefgh', 'i']],
    ['  ab  ', ['ab']],
    ['abc defgh ij', ['abc', 'defgh ij']],
    ['aaaa\nbb cc dd', ['aaaa', 'bb cc dd']],
    ['abcd\nefghij', ['abcd', 'efghij']],
    ['aa\nbbbbbb cc', ['aa', 'bbbbbb', 'cc']],
    // A line break further on than the piece can reach is not a place to split.
    ['aaaa bbbb\ncc', ['aaaa', 'bbbb\ncc']],
    ['abcde  \nfg', ['abcde', 'fg']],
  ])('splitText(%j, 8) is %j', (text, expected) => {
    expect(splitText(text, 8)).toEqual(expected);
  });
});
