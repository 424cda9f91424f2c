import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typedText } from '../../src/adapters/slack/incoming-text.ts';
import { matchRule, plainWords } from '../../src/core/parse-text.ts';
import { costRatio, repeated } from './cost-ratio.ts';
import { hostileFragments, runs } from './hostile.ts';

// Each case reads 200 KB several times over; a few hundred cases cover the combinations.
const costRuns = Math.max(10, Math.min(runs, process.env.FUZZ_RUNS ? 300 : 10));

/** Pieces the patterns give meaning to: punctuation, greetings, rule words, Slack's tokens. */
const pieces = [
  ' ',
  '.',
  '?',
  '!',
  ',',
  '\t',
  'please',
  'hi',
  'briefbot',
  'what did',
  'say',
  'about',
  'quotes from',
  'who is',
  'the',
  'brief me on',
  'tell me about',
  'search',
  '<@U1',
  '<#C1',
  '<!here',
  '<https://x',
  '|',
  '>',
  '&lt;',
  '&amp',
  'x',
];

/** A start, a unit of one to four pieces (or hostile fragments) repeated, and an end. */
const shapes = fc
  .record({
    start: fc.constantFrom('', 'hi ', 'what did ', 'quotes from ', 'who is ', '/quote ', '<@U1|'),
    unit: fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...hostileFragments)), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join('')),
    end: fc.constantFrom('', 'z', '?', ' please', '>', ' say'),
  })
  .map(({ start, unit, end }) => ({
    label: JSON.stringify([start, unit, end]),
    shape: repeated(start, unit, end),
  }));

// Linear reading measures 1 to 5 here (allocating 100 KB strings costs a little more per
// character than 1 KB ones); quadratic reading measured 50 to 170 before the patterns were fixed.
const linear = 20;

describe('reading text costs the same per character at 100 KB as at 1 KB', () => {
  it('the plain-language patterns, without the length cap', () => {
    fc.assert(
      fc.property(shapes, ({ label, shape }) => {
        const ratio = costRatio(shape, (text) => matchRule(plainWords(text)));
        expect(ratio, label).toBeLessThan(linear);
      }),
      { numRuns: costRuns },
    );
  });

  it("the Slack text cleaner, up to Slack's 40,000 characters and beyond", () => {
    fc.assert(
      fc.property(shapes, ({ label, shape }) => {
        const ratio = costRatio(shape, typedText);
        expect(ratio, label).toBeLessThan(linear);
      }),
      { numRuns: costRuns },
    );
  });
});
