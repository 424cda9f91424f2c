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
