import { describe, expect, it } from 'vitest';
import { renderBlocks, renderSlack } from '../../../src/adapters/slack/render-slack.ts';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string) => ({ type: 'context', elements: [mrkdwn(text)] });

describe('filling Slack messages up to their budget', () => {
  // Briefbot's budget for one message's blocks, counted as their JSON array (Slack fails near
  // 12,000 characters with msg_blocks_too_long); 50 is Slack's documented block limit.
  const BUDGET = 10_000;
  const BLOCKS_MAX = 50;
  // A section block's JSON is 69 characters around its text; four sections add 5 for the
  // brackets and commas of the array.
  const paragraphs = (last: number) =>
    [2400, 2400, 2400, last].map((n) => ({ type: 'paragraph' as const, text: 'a'.repeat(n) }));
  const page = { number: 1, count: 2, next: { command: 'topics', args: { page: 2 } } };
  const sizeOf = (blocks: unknown[]) => JSON.stringify(blocks).length;

  it('fills a message to exactly its budget, and starts the next one character later', () => {
    const full = renderSlack({ private: false, blocks: paragraphs(2519) });
    expect(full.map((m) => sizeOf(m.blocks))).toEqual([BUDGET]);
    const over = renderSlack({ private: false, blocks: paragraphs(2520) });
    expect(over.map((m) => m.blocks.length)).toEqual([3, 1]);
  });

  it('puts the page controls in a message of their own when the last one is full', () => {
    const messages = renderSlack({ private: false, blocks: paragraphs(2519), page });
    expect(messages.map((m) => m.blocks.map((b) => b.type))).toEqual([
      ['section', 'section', 'section', 'section'],
      ['context', 'actions'],
    ]);
  });

  it('sends the page controls alone for a reply with nothing else to show', () => {
    const [message] = renderSlack({ private: false, blocks: [], page });
    expect(message?.blocks.map((b) => b.type)).toEqual(['context', 'actions']);
  });

  it('adds the page controls to a fifth message with room for them, without shortening it', () => {
    const blocks = Array.from({ length: 4 * BLOCKS_MAX + 1 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Paragraph ${i}.`,
    }));
    const messages = renderSlack({ private: false, blocks, page });
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 50, 50, 50, 3]);
    expect(JSON.stringify(messages)).not.toContain('shortened');
  });

  it('puts the page controls in a fifth message when the fourth is full', () => {
    const blocks = Array.from({ length: 4 * BLOCKS_MAX }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Paragraph ${i}.`,
    }));
    const messages = renderSlack({ private: false, blocks, page });
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 50, 50, 50, 2]);
    expect(JSON.stringify(messages)).not.toContain('shortened');
  });

  it('shortens a fifth full message to make room for the notice and the page controls', () => {
    const blocks = Array.from({ length: 5 * BLOCKS_MAX }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Paragraph ${i}.`,
    }));
    const messages = renderSlack({ private: false, blocks, page });
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 50, 50, 50, 50]);
    expect(messages[4]?.blocks.slice(-4)).toEqual([
      section('Paragraph 246.'),
      context('This answer is too long for Slack and has been shortened.'),
      context('Page 1 of 2'),
      expect.objectContaining({ type: 'actions' }),
    ]);
  });
});

describe('more of the Block Kit renderer', () => {
  it('renders blocks without messages, as the App Home tab takes them', () => {
    expect(
      renderBlocks([
        { type: 'heading', text: 'H' },
        { type: 'paragraph', text: 'p' },
      ]),
    ).toEqual([section('*H*'), section('p')]);
  });

  it('fills a section with fields of exactly 3,000 characters', () => {
    const [message] = renderSlack({
      private: false,
      blocks: [
        {
          type: 'fields',
          fields: [
            { name: 'a', value: 'x'.repeat(1496) },
            { name: 'b', value: 'x'.repeat(1496) },
          ],
        },
      ],
    });
    expect(message?.blocks.map((b) => (b.type === 'section' ? b.fields?.length : 0))).toEqual([2]);
  });

  it('finds the fallback text past bullets with no items', () => {
    const [message] = renderSlack({
      private: false,
      blocks: [
        { type: 'bullets', items: [] },
        { type: 'paragraph', text: 'x' },
      ],
    });
    expect(message?.text).toBe('x');
  });

  it('spreads a quote too long for one message over several, its credit kept at the end', () => {
    const text = Array.from({ length: 2400 }, (_, i) => `w${i}`).join(' ');
    const messages = renderSlack({
      private: false,
      blocks: [{ type: 'quote', text, kind: 'direct', speaker: 'Ada', source: 'P' }],
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(10_000);
    const blocks = messages.flatMap((m) => m.blocks);
    const words = blocks
      .flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []))
      .join(' ')
      .match(/w\d+/g);
    expect(words).toHaveLength(2400);
    expect(blocks.at(-1)).toEqual(context('— Ada · direct quote · P'));
  });

  it('sends a quote and its credit in two messages when together they pass the budget', () => {
    // A double quote is two characters in JSON: each block alone fits in 10,000, both do not.
    const messages = renderSlack({
      private: false,
      blocks: [
        {
          type: 'quote',
          text: '"'.repeat(2990),
          kind: 'direct',
          speaker: 'Ada',
          source: '"'.repeat(2900),
        },
      ],
    });
    expect(messages.map((m) => m.blocks)).toEqual([
      [section(`> “${'"'.repeat(2990)}”`)],
      [context(`— Ada · direct quote · ${'"'.repeat(2900)}`)],
    ]);
  });

  it('keeps the fallback text of every message within 300 characters, its counter included', () => {
    const messages = renderSlack({
      title: 't'.repeat(400),
      private: false,
      blocks: [{ type: 'paragraph', text: 'word '.repeat(4000) }],
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(300);
    expect(messages[1]?.text.endsWith(` (continued, 2 of ${messages.length})`)).toBe(true);
  });

  it('keeps a quote made of control characters within the budget, with no empty message', () => {
    // Each control character is six characters of JSON (\u0001): 2,990 of them were 18,000.
    const text = '\u0001'.repeat(2990);
    const messages = renderSlack({ private: false, blocks: [{ type: 'paragraph', text }] });
    expect(messages).toHaveLength(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeGreaterThan(0);
      // Briefbot's own budget for a message's blocks (Slack fails near 12,000).
      expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(10_000);
    }
    expect(messages[0]?.blocks).toEqual([section('\uFFFD'.repeat(2990))]);
  });
});
