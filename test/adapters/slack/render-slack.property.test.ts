import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES_PER_REPLY, renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import { slackViolations } from '../../helpers/render-limits.ts';
import { replyArbitrary } from '../../helpers/reply-arbitraries.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any code points, as well-formed text (a lone surrogate is not text). */
const anyText = (constraints: { minLength?: number; maxLength: number }) =>
  fc.string({ unit: 'binary', ...constraints }).map((s) => s.replace(LONE_SURROGATE, '\uFFFD'));

const hostile = fc.constantFrom(
  '<!channel>',
  '<@U123>',
  '<https://evil.example|click>',
  '@everyone',
  '*bold*',
  '_it_',
  '`code`',
  '~gone~',
  '&amp;',
  '&',
  '<',
  '>',
  '> ',
  '\n',
  '   ',
  '👩‍👩‍👧',
  'é',
);

/** Text of any length: random unicode, with hostile pieces mixed in, sometimes very long. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.oneof(anyText({ maxLength: 30 }), hostile), { maxLength: 30 })
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 1500 }),
    )
    .map(([word, times]) => `${word} `.repeat(times)),
  anyText({ minLength: 3000, maxLength: 7000 }),
);

const reply = replyArbitrary({
  text,
  commands: ['quote', 'brief', 'who'],
  argName: fc.constantFrom('person', 'topic', 'page'),
  most: { bullets: 30, fields: 25, choices: 40 },
  blocks: (block) => fc.array(block, { maxLength: 60 }),
});

describe('the Block Kit renderer, on any content', () => {
  it('never exceeds a Slack limit, never lets <, > or & through unescaped, and always has a fallback', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderSlack(r);
        expect(messages.length).toBeGreaterThanOrEqual(1);
        expect(messages.length).toBeLessThanOrEqual(MESSAGES_PER_REPLY);
        expect(messages.flatMap(slackViolations)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
