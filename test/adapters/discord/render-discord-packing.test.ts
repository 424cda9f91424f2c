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
