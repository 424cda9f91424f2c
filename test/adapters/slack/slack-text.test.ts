import { describe, expect, it } from 'vitest';
import { decodeInvocation, encodeInvocation } from '../../../src/adapters/slack/action-value.ts';
import { typedText } from '../../../src/adapters/slack/incoming-text.ts';
import { createMemorySeenOnce } from '../../../src/adapters/slack/seen-once.ts';
import {
  escapeMrkdwn,
  escapeText,
  fitText,
  splitText,
} from '../../../src/adapters/slack/slack-text.ts';

describe('Slack text', () => {
  it('escapes &, < and > in all content', () => {
    expect(escapeText('a & b <c> &amp;')).toBe('a &amp; b &lt;c&gt; &amp;amp;');
  });

  it('shows each control character as U+FFFD, keeping newlines and tabs', () => {
    expect(escapeText('a\u0000b\u0008c\u000bd\u001fe\u007ff\ng\th\u0080')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\ng\th\u0080',
    );
  });

  it('shows half a surrogate pair as U+FFFD, and keeps whole pairs', () => {
    expect(escapeText('a \uD800 b \uDC00 😀')).toBe('a \uFFFD b \uFFFD 😀');
    expect(escapeMrkdwn('brief \uD83D')).toBe('brief \uFFFD');
  });

  it('keeps formatting markers literal where they start a word, and leaves snake_case alone', () => {
    const z = '\u200b';
    expect(escapeMrkdwn('*bold* _it_ ~x~ `c` snake_case a*b')).toBe(
      `*${z}bold* _${z}it_ ~${z}x~ \`${z}c\` snake_case a*b`,
    );
  });

  it('cuts to a limit counted on the escaped text, never inside an entity or a character', () => {
    expect(fitText('&&&&&&', 12, escapeText)).toBe('&amp;&amp;…');
    expect(fitText('ab😀😀', 4, escapeText)).toBe('ab…');
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('one two three four', 12)).toBe('one two…');
  });

  it('splits long text at line ends or spaces into pieces within the limit', () => {
    expect(splitText('aaaa bbbb\ncccc dddd', 10)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(splitText('   ', 10)).toEqual([]);
  });

  it('fits text of exactly the limit whole, and cuts longer text at a space past its middle', () => {
    expect(fitText('abcde', 5)).toBe('abcde');
    // The space at 2 is not past the middle of a 4-character cut, so the cut stays mid-word.
    expect(fitText('aa bbbbbbbb', 5)).toBe('aa b…');
    // A cut that ends in a run of spaces drops them before the ellipsis.
    expect(fitText('abcd  efghij', 7)).toBe('abcd…');
  });

  it('never cuts between the two halves of any character outside the basic plane', () => {
    // U+10000 and U+10FFFF are the first and last characters written as a surrogate pair.
    expect(fitText('ab\u{10000}c', 4, escapeText)).toBe('ab…');
    expect(fitText('ab\u{10FFFF}c', 4, escapeText)).toBe('ab…');
    // A character of one UTF-16 unit above the surrogates is kept whole.
    expect(fitText('a\uFF01\uFF01\uFF01', 3, escapeText)).toBe('a\uFF01…');
  });

  it('splits at a line break past the middle before a later space, and keeps fitting text whole', () => {
    expect(splitText('aaaaaaa\nb cccccc', 12)).toEqual(['aaaaaaa', 'b cccccc']);
    // A line break exactly at the middle is not past it: the later space is used instead.
    expect(splitText('aaaaaa\nb ccccccc', 12)).toEqual(['aaaaaa\nb', 'ccccccc']);
    expect(splitText('abc\nd', 10)).toEqual(['abc\nd']);
  });

  it('splits without spaces at either end of a piece, counting none of them against the limit', () => {
    expect(splitText('   abcdefgh', 8)).toEqual(['abcdefgh']);
    expect(splitText('aaaa  bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aaaa bbbbbb', 6)).toEqual(['aaaa', 'bbbbbb']);
  });

  it('still moves on when a single character renders longer than the limit', () => {
    expect(splitText('&&', 3, escapeText)).toEqual(['&amp;', '&amp;']);
  });

  it('reads what a person typed from Slack message text', () => {
    expect(typedText('<@UBOT>  what did <@U123|ada> say about &lt;sanctions&gt; &amp; arms?')).toBe(
      'what did say about <sanctions> & arms?',
    );
    expect(typedText('search <https://example.com|example> in <#C123|general> <!here>')).toBe(
      'search example in #general',
    );

    // A mention between words still separates them; a special mention keeps its label whole.
    expect(typedText('quote<@U123>blinken')).toBe('quote blinken');
    expect(typedText('ask <!subteam^S123|@news-desk> and <!date^1392734382^{date}|Feb 18>')).toBe(
      'ask @news-desk and Feb 18',
    );
    expect(typedText('read <https://example.com/a|b> and <mailto:ada@example.com>')).toBe(
      'read b and mailto:ada@example.com',
    );
  });

  it('round-trips an invocation through a button value, and rejects anything else', () => {
    const invocation = { command: 'quote', args: { person: 'blinken', page: 2 } };
    expect(decodeInvocation(encodeInvocation(invocation))).toEqual(invocation);
    expect(decodeInvocation('not json')).toBeUndefined();
    expect(decodeInvocation('{"command":"quote","args":{"person":{"x":1}}}')).toBeUndefined();
    expect(decodeInvocation(undefined)).toBeUndefined();
  });

  it('lets a key through once while remembered, forgetting the oldest past its limit', async () => {
    let clock = 0;
    const seen = createMemorySeenOnce(2, () => clock);
    expect(await seen.first('a', 60)).toBe(true);
    expect(await seen.first('a', 60)).toBe(false);
    await seen.first('b', 60);
    await seen.first('c', 60);
    expect(await seen.first('a', 60)).toBe(true);
    expect(await seen.first('c', 60)).toBe(false);
    clock = 61_000;
    expect(await seen.first('c', 60)).toBe(true);
  });
});
