import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES_PER_REPLY, renderSlack } from '../../../src/adapters/slack/render-slack.ts';
import type { Block, Invocation, Reply } from '../../../src/core/reply.ts';
import { slackViolations } from '../../helpers/render-limits.ts';

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

const invocation: fc.Arbitrary<Invocation> = fc.record({
  command: fc.constantFrom('quote', 'brief', 'who'),
  args: fc.dictionary(fc.constantFrom('person', 'topic', 'page'), fc.oneof(text, fc.nat()), {
    maxKeys: 3,
  }),
});

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text }),
  fc.record({ type: fc.constant('paragraph' as const), text }),
  fc.record({ type: fc.constant('bullets' as const), items: fc.array(text, { maxLength: 30 }) }),
  fc.record(
    {
      type: fc.constant('quote' as const),
      text,
      kind: fc.constantFrom('direct' as const, 'partial' as const, 'paraphrase' as const),
      speaker: text,
      context: text,
      source: text,
    },
    { requiredKeys: ['type', 'text', 'kind', 'speaker', 'source'] },
  ),
  fc.record({
    type: fc.constant('fields' as const),
    fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 25 }),
  }),
  fc.record({
    type: fc.constant('choices' as const),
    prompt: text,
    choices: fc.array(fc.record({ label: text, invocation }), { maxLength: 40 }),
  }),
  fc.constant({ type: 'divider' as const }),
  fc.record({ type: fc.constant('footer' as const), text }),
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    title: text,
    blocks: fc.array(block, { maxLength: 60 }),
    private: fc.boolean(),
    page: fc.record(
      { number: fc.nat(), count: fc.nat(), next: invocation, previous: invocation },
      { requiredKeys: ['number', 'count'] },
    ),
  },
  { requiredKeys: ['blocks', 'private'] },
);

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
