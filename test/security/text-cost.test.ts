import { describe, expect, it } from 'vitest';
import { typedText } from '../../src/adapters/slack/incoming-text.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import { parseText } from '../../src/core/parse-text.ts';
import { costRatio, repeated } from '../fuzz/cost-ratio.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();

function parse(text: string): void {
  try {
    parseText(text, registry, library);
  } catch {
    // A refusal is an answer too; only the cost of reaching it matters here.
  }
}

// Linear reading measures 1 to 5 (allocating 100 KB strings costs a little more per character
// than 1 KB ones); quadratic reading measured 50 to 170. 20 leaves room for a busy machine
// without letting a square through.
const linear = 20;

/** The shapes that took seconds: each unit repeated to 100 KB, against 100 texts of 1 KB. */
const questionShapes: Record<string, (length: number) => string> = {
  'trailing punctuation ("hi . . . … z")': repeated('hi', ' .', ' z'),
  'a closing "please" (", , , … z")': repeated('x', ', ', 'z'),
  'greetings ("hi hi hi … z")': repeated('', 'hi ', 'z'),
  'a question that never says "say"': repeated('what did ', 'x ', 'z'),
  'a quote request with many "about"s': repeated('quotes from ', 'x about ', '?!'),
  'whitespace runs': repeated('who is', ' \t \n ', 'z'),
};

describe('reading what people type costs time in proportion to its length', () => {
  it.each(Object.entries(questionShapes))('a question of %s', (_, shape) => {
    expect(costRatio(shape, parse)).toBeLessThan(linear);
  });

  it.each([
    ['unclosed mentions ("<@U|" × 25,000)', repeated('', '<@U|', 'z')],
    ['unclosed links ("<a|" × 33,000)', repeated('', '<a|', 'z')],
    ['unclosed channels and specials', repeated('', '<#C|<!x|', 'z')],
  ])('Slack text of %s', (_, shape) => {
    expect(costRatio(shape, typedText)).toBeLessThan(linear);
  });

  it("a DM of 40,000 characters (Slack's limit) is refused with its length and the limit of 2,000", async () => {
    const reply = await dispatchText(
      registry,
      `hi${' .'.repeat(19_998)} z`,
      context(library, { isDirect: true }),
    );
    expect(reply.error?.code).toBe('too_long');
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('40,000');
    expect(text).toContain('2,000');
  });

  it('a question of exactly 2,000 characters is still read', () => {
    const question = `who is ${'x'.repeat(2_000 - 'who is '.length)}`;
    expect(parseText(question, registry, library)).toEqual({
      command: 'who',
      args: { person: 'x'.repeat(2_000 - 'who is '.length) },
    });
  });
});
