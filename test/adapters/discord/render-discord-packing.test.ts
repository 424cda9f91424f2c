import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../../src/adapters/discord/button-ids.ts';
import { COLOUR, renderDiscord } from '../../../src/adapters/discord/render-discord.ts';
import type { Block, Reply } from '../../../src/core/reply.ts';

// Discord's limits are written out: 25 fields an embed, 5 buttons a row, 5 rows a message.

const render = (reply: Reply) => renderDiscord(reply, createButtonIds());
const reply = (blocks: Block[], extra: Partial<Reply> = {}): Reply => ({
  private: false,
  blocks,
  ...extra,
});
const choices = (count: number): Block => ({
  type: 'choices',
  prompt: 'Pick',
  choices: Array.from({ length: count }, (_, i) => ({
    label: `c${i}`,
    invocation: { command: 'who', args: {} },
  })),
});
const rowSizes = (r: Reply) =>
  render(r).map((m) => m.components.map((row) => row.components.length));

describe('laying out a Discord reply', () => {
  it('sends a placeholder for a reply with nothing to show, never an empty message', () => {
    expect(render(reply([]))).toEqual([
      {
        embeds: [{ color: COLOUR, description: '…' }],
        components: [],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('leaves out blank titles, headings, bullets and footers, and keeps a quote on one line', () => {
    const [message] = render(
      reply(
        [
          { type: 'bullets', items: ['a', ' ', 'b'] },
          { type: 'heading', text: ' ' },
          { type: 'footer', text: ' ' },
          { type: 'quote', text: 'a\n  b', kind: 'direct', speaker: 'Ada', source: 'P' },
        ],
        { title: '  ' },
      ),
    );
    expect(message?.embeds).toEqual([
      { color: COLOUR, description: '• a\n• b\n\n> “a b”\n— *Ada · direct quote · P*' },
    ]);
  });

  it('sets short one-line field values (up to 40 characters) side by side, and fills blanks', () => {
    const [message] = render(
      reply(
        [
          {
            type: 'fields',
            fields: [
              { name: '', value: '' },
              { name: 'n', value: 'x'.repeat(40) },
              { name: 'm', value: 'x'.repeat(41) },
              { name: 'k', value: 'a\nb' },
            ],
          },
        ],
        { title: ' T ' },
      ),
    );
    expect(message?.embeds).toEqual([
      {
        color: COLOUR,
        title: 'T',
        fields: [
          { name: '-', value: '-', inline: true },
          { name: 'n', value: 'x'.repeat(40), inline: true },
          { name: 'm', value: 'x'.repeat(41), inline: false },
          { name: 'k', value: 'a\nb', inline: false },
        ],
      },
    ]);
  });

  it('puts 25 fields in an embed and the 26th in the next', () => {
    const fields = Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const messages = render(reply([{ type: 'fields', fields }]));
    expect(messages.map((m) => m.embeds.map((e) => e.fields?.length))).toEqual([[25, 1]]);
  });

  it('puts 5 buttons in a row and 5 rows in a message, keeping a row for page turns', () => {
    expect(rowSizes(reply([choices(11)]))).toEqual([[5, 5, 1]]);
    expect(rowSizes(reply([choices(26)]))).toEqual([[5, 5, 5, 5, 5], [1]]);
    const paged = reply([choices(21)], {
      page: {
        number: 2,
        count: 3,
        next: { command: 'who', args: { page: 3 } },
        previous: { command: 'who', args: { page: 1 } },
      },
    });
    expect(rowSizes(paged)).toEqual([
      [5, 5, 5, 5],
      [1, 2],
    ]);
    expect(
      render(paged)
        .at(-1)
        ?.components.at(-1)
        ?.components.map((b) => b.label),
    ).toEqual(['◀ Previous', 'Next ▶']);
  });
});

describe('continuing long text in a Discord reply', () => {
  // Discord's limit on an embed description, written out.
  const DESCRIPTION_MAX = 4096;
  const descriptions = (r: Reply) =>
    render(r).flatMap((m) => m.embeds.map((e) => e.description ?? ''));

  it('joins the pieces of a text split at blank lines, one line apart, when they fit together', () => {
    // Over the limit only by its blank lines: split there, the pieces fit one embed again.
    const a = 'a'.repeat(3000);
    const paragraph = `${a}\n\n\n${'b'.repeat(1094)}`;
    expect(descriptions(reply([{ type: 'paragraph', text: paragraph }]))).toEqual([
      `${a}\n${'b'.repeat(1094)}`,
    ]);
    // A bullet's mark goes on its first line only.
    const item = `${a}\n\n\n${'b'.repeat(1092)}`;
    expect(descriptions(reply([{ type: 'bullets', items: [item] }]))).toEqual([
      `• ${a}\n${'b'.repeat(1092)}`,
    ]);
  });

  it('marks only the first piece of a long reported statement, and keeps every piece a quote', () => {
    const words = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(' ');
    const pieces = descriptions(
      reply([{ type: 'quote', text: words, kind: 'paraphrase', speaker: 'Ada', source: 'P' }]),
    );
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(pieces[0]?.startsWith('> **Reported:** w0 ')).toBe(true);
    for (const piece of pieces.slice(1)) {
      expect(piece.startsWith('> w')).toBe(true);
      expect(piece).not.toContain('Reported');
    }
  });

  it('labels a button whose label is blank, and sends buttons without a prompt as buttons only', () => {
    const [message] = render(
      reply([
        {
          type: 'choices',
          prompt: ' ',
          choices: [{ label: ' ', invocation: { command: 'who', args: {} } }],
        },
      ]),
    );
    expect(message?.embeds).toEqual([]);
    expect(message?.components).toEqual([
      { type: 1, components: [{ type: 2, style: 2, label: 'Open', custom_id: 'c0:/who' }] },
    ]);
  });

  it('keeps every line of a long context inside the quote, and cuts a long attribution to fit', () => {
    const context = Array.from({ length: 1200 }, (_, i) => `c${i}`).join(' ');
    const pieces = descriptions(
      reply([
        {
          type: 'quote',
          text: 'short',
          kind: 'direct',
          speaker: 'Ada',
          source: 'word '.repeat(1000),
          context,
        },
      ]),
    );
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    const contextLines = pieces
      .join('\n')
      .split('\n')
      .filter((line) => /\bc\d/.test(line));
    expect(contextLines.length).toBeGreaterThan(1);
    for (const line of contextLines) expect(line.startsWith('> ')).toBe(true);
    expect(pieces.at(-1)?.endsWith('…*')).toBe(true);
  });

  it('sets bullets a paragraph apart from the text before them, however many are blank', () => {
    expect(
      descriptions(
        reply([
          { type: 'paragraph', text: 'p' },
          { type: 'bullets', items: [' ', 'a'] },
        ]),
      ),
    ).toEqual(['p\n\n• a']);
  });

  it('shows the placeholder for a reply that is only a blank footer', () => {
    expect(render(reply([{ type: 'footer', text: ' ' }]))[0]?.embeds).toStrictEqual([
      { color: COLOUR, description: '…' },
    ]);
  });

  it('gives a choice that asks for an argument first its own kind of button', () => {
    const [message] = render(
      reply([
        {
          type: 'choices',
          prompt: 'Pick',
          choices: [
            { label: 'Reject', invocation: { command: 'review', args: {} }, ask: 'reason' },
          ],
        },
      ]),
    );
    expect(message?.components[0]?.components[0]?.custom_id).toMatch(/^a0:reason\|/);
  });

  it('keeps a row for page turns when a page has only a next page', () => {
    const paged = reply([choices(21)], {
      page: { number: 1, count: 2, next: { command: 'who', args: { page: 2 } } },
    });
    expect(rowSizes(paged)).toEqual([
      [5, 5, 5, 5],
      [1, 1],
    ]);
  });
});
