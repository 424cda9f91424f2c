import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUTTON_VALUE_MAX, OPTION_VALUE_MAX } from '../../../src/adapters/slack/action-value.ts';
import type { SlackBlock } from '../../../src/adapters/slack/block-kit.ts';
import {
  ACTIONS_ELEMENTS_MAX,
  BUTTON_TEXT_MAX,
  OPTION_TEXT_MAX,
  SELECT_OPTIONS_MAX,
} from '../../../src/adapters/slack/render-choices.ts';
import {
  BLOCKS_PER_MESSAGE,
  CONTEXT_TEXT_MAX,
  FALLBACK_TEXT_MAX,
  FIELD_TEXT_MAX,
  FIELDS_PER_SECTION,
  HEADER_TEXT_MAX,
  MESSAGE_SIZE_MAX,
  MESSAGES_PER_REPLY,
  renderSlack,
  SECTION_TEXT_MAX,
} from '../../../src/adapters/slack/render-slack.ts';
import type { Block, Invocation, Reply } from '../../../src/core/reply.ts';

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

/** Every text string a message shows, with the kind of object it sits in. */
function texts(blocks: SlackBlock[]): { text: string; max: number; mrkdwn: boolean }[] {
  const found: { text: string; max: number; mrkdwn: boolean }[] = [];
  const add = (object: { type: string; text: string }, max: number) =>
    found.push({ text: object.text, max, mrkdwn: object.type === 'mrkdwn' });
  for (const b of blocks) {
    if (b.type === 'header') add(b.text, HEADER_TEXT_MAX);
    if (b.type === 'section') {
      if (b.text) add(b.text, SECTION_TEXT_MAX);
      expect(b.fields?.length ?? 0).toBeLessThanOrEqual(FIELDS_PER_SECTION);
      for (const field of b.fields ?? []) add(field, FIELD_TEXT_MAX);
      if (b.accessory?.type === 'static_select') {
        const options = b.accessory.options ?? [];
        expect(options.length).toBeLessThanOrEqual(SELECT_OPTIONS_MAX);
        for (const option of options) {
          add(option.text, OPTION_TEXT_MAX);
          expect(option.value?.length ?? 0).toBeLessThanOrEqual(OPTION_VALUE_MAX);
        }
      }
    }
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(10);
      for (const element of b.elements) if ('text' in element) add(element, CONTEXT_TEXT_MAX);
    }
    if (b.type === 'actions') {
      expect(b.elements.length).toBeLessThanOrEqual(ACTIONS_ELEMENTS_MAX);
      for (const element of b.elements) {
        if (element.type !== 'button') throw new Error(`unexpected ${element.type}`);
        add(element.text, BUTTON_TEXT_MAX);
        expect(element.value?.length ?? 0).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
      }
    }
  }
  return found;
}

/** Slack wants each action_id unique within its block. */
function actionIdsUniquePerBlock(blocks: SlackBlock[]): boolean {
  return blocks.every((b) => {
    if (b.type !== 'actions') return true;
    const ids = b.elements.map((e) => ('action_id' in e ? e.action_id : undefined));
    return new Set(ids).size === ids.length;
  });
}

describe('the Block Kit renderer, on any content', () => {
  it('never exceeds a Slack limit, never lets <, > or & through unescaped, and always has a fallback', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderSlack(r);
        expect(messages.length).toBeGreaterThanOrEqual(1);
        expect(messages.length).toBeLessThanOrEqual(MESSAGES_PER_REPLY);
        for (const message of messages) {
          expect(message.text.trim()).not.toBe('');
          expect(message.text.length).toBeLessThanOrEqual(FALLBACK_TEXT_MAX);
          expect(message.blocks.length).toBeLessThanOrEqual(BLOCKS_PER_MESSAGE);
          expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(MESSAGE_SIZE_MAX);
          expect(actionIdsUniquePerBlock(message.blocks)).toBe(true);
          for (const shown of [
            { text: message.text, max: FALLBACK_TEXT_MAX, mrkdwn: true },
            ...texts(message.blocks),
          ]) {
            expect(shown.text.length).toBeLessThanOrEqual(shown.max);
            expect(shown.text.trim()).not.toBe('');
            expect(shown.text).not.toMatch(LONE_SURROGATE);
            // The only markup `>` Briefbot writes is a quote's line prefix.
            const content = shown.mrkdwn ? shown.text.replace(/^> /gm, '') : shown.text;
            expect(content).not.toMatch(/[<>]/);
            expect(content.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
