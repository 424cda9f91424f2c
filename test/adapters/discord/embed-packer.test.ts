import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type Button, createPacker } from '../../../src/adapters/discord/embed-packer.ts';

// Discord's documented limits, written out rather than imported: 6,000 characters across a
// message's embeds, 4,096 in a description, 25 fields an embed, 1,024 in a field value, 2,048 in a
// footer, 10 embeds and 5 rows of 5 buttons a message. Each message keeps 100 of its 6,000
// characters free for the notes added at the end, so its content may use 5,900.
const CONTENT_ROOM = 5900;
const ZERO_WIDTH_SPACE = '\u200b';
const COLOUR = 7;

const packer = (options: { title?: string; reserveRow?: boolean } = {}) =>
  createPacker({ colour: COLOUR, reserveRow: false, ...options });
const button =
  (label: string) =>
  (slot: number): Button => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${label}:${slot}`,
  });
const field = (name: string, value: string) => ({ name, value });

describe('packing a Discord reply into messages', () => {
  it('counts every field name and value, and a blank value as one character, against the room', () => {
    const pack = packer();
    pack.text('a'.repeat(4096), '');
    pack.field(field('n', 'v'.repeat(1024)));
    pack.field(field('n', 'v'.repeat(CONTENT_ROOM - 4096 - 1025 - 1)));
    // The message is now exactly full: a one-character field starts the next one.
    pack.field(field('m', ''));
    expect(pack.finish([], [])).toStrictEqual([
      {
        embeds: [
          {
            color: COLOUR,
            description: 'a'.repeat(4096),
            fields: [field('n', 'v'.repeat(1024)), field('n', 'v'.repeat(778))],
          },
        ],
        rows: [],
      },
      { embeds: [{ color: COLOUR, fields: [field('m', ZERO_WIDTH_SPACE)] }], rows: [] },
    ]);

    const blank = packer();
    blank.text('a'.repeat(4096), '');
    blank.field(field('n', ''));
    blank.divide();
    // 4,096 + 'n' + the blank value shown as one character leaves 1,802, not 1,803.
    blank.text('b'.repeat(1803), '');
    expect(blank.finish([], []).map((m) => m.embeds.length)).toEqual([1, 1]);

    const over = packer();
    over.text('a'.repeat(4096), '');
    over.field(field('n', 'v'.repeat(1024)));
    // One character more than the room left: the field goes to the next message.
    over.field(field('n', 'v'.repeat(CONTENT_ROOM - 4096 - 1025)));
    expect(over.finish([], []).map((m) => m.embeds.map((e) => e.fields?.length))).toEqual([
      [1],
      [1],
    ]);
  });

  it('counts a footer against the room of its message', () => {
    const pack = packer();
    pack.text('a'.repeat(4096), '');
    pack.footer('f'.repeat(1000));
    pack.field(field('n', 'v'.repeat(CONTENT_ROOM - 5096 - 1)));
    pack.text('x', '\n\n');
    expect(pack.finish([], []).map((m) => m.embeds.map((e) => Object.keys(e)))).toEqual([
      [
        ['color', 'description', 'footer'],
        ['color', 'fields'],
      ],
      [['color', 'description']],
    ]);
  });

  it('fills a description up to 4,096 characters and starts a new embed after it', () => {
    const pack = packer();
    pack.text('a'.repeat(4000), '');
    pack.text('b'.repeat(94), '\n\n');
    pack.text('c', '\n\n');
    expect(pack.finish([], [])[0]?.embeds.map((e) => e.description?.length)).toEqual([4096, 1]);
  });

  it('cuts a heading too long for a description to fit one, bold marks included', () => {
    const pack = packer();
    pack.heading('h'.repeat(5000), '');
    const description = pack.finish([], [])[0]?.embeds[0]?.description ?? '';
    expect(description.length).toBe(4096);
    expect(description.startsWith('**h')).toBe(true);
    expect(description.endsWith('…**')).toBe(true);
  });

  it('never puts text after a field or a footer into the same embed, since Discord shows it above them', () => {
    const afterField = packer();
    afterField.field(field('n', 'v'));
    afterField.text('after', '\n\n');
    expect(afterField.finish([], [])[0]?.embeds).toStrictEqual([
      { color: COLOUR, fields: [field('n', 'v')] },
      { color: COLOUR, description: 'after' },
    ]);

    const afterFooter = packer();
    afterFooter.text('before', '');
    afterFooter.footer('f');
    afterFooter.text('after', '\n\n');
    afterFooter.field(field('n', 'v'));
    expect(afterFooter.finish([], [])[0]?.embeds).toStrictEqual([
      { color: COLOUR, description: 'before', footer: { text: 'f' } },
      { color: COLOUR, description: 'after', fields: [field('n', 'v')] },
    ]);
  });

  it('gives a second footer its own embed rather than replacing the first', () => {
    const pack = packer();
    pack.footer('first');
    pack.footer('second');
    expect(pack.finish([], [])[0]?.embeds).toStrictEqual([
      { color: COLOUR, footer: { text: 'first' } },
      { color: COLOUR, footer: { text: 'second' } },
    ]);
  });

  it('makes a heading after fields a field of its own, which the following text fills', () => {
    const pack = packer();
    pack.field(field('a', '1'));
    pack.field(field('b', '2'));
    pack.heading('H', '\n\n');
    pack.text('x', '\n');
    pack.text('y', '\n');
    pack.heading('Empty', '\n\n');
    pack.field(field('c', '3'));
    pack.text('after', '\n\n');
    expect(pack.finish([], [])[0]?.embeds).toStrictEqual([
      {
        color: COLOUR,
        fields: [
          field('a', '1'),
          field('b', '2'),
          { name: 'H', value: 'x\ny', inline: false },
          { name: 'Empty', value: ZERO_WIDTH_SPACE, inline: false },
          field('c', '3'),
        ],
      },
      { color: COLOUR, description: 'after' },
    ]);
  });

  it('closes a heading field at a footer, so later text is not added to it', () => {
    const pack = packer();
    pack.field(field('a', '1'));
    pack.heading('H', '\n\n');
    pack.footer('f');
    pack.text('after', '\n\n');
    expect(pack.finish([], [])[0]?.embeds).toStrictEqual([
      {
        color: COLOUR,
        fields: [field('a', '1'), { name: 'H', value: ZERO_WIDTH_SPACE, inline: false }],
        footer: { text: 'f' },
      },
      { color: COLOUR, description: 'after' },
    ]);
  });

  it('fills a heading field up to 1,024 characters and the message room, then moves on', () => {
    const full = packer();
    full.field(field('a', '1'));
    full.heading('H', '\n\n');
    full.text('x'.repeat(1024), '\n');
    full.text('y', '\n');
    expect(full.finish([], [])[0]?.embeds).toStrictEqual([
      {
        color: COLOUR,
        fields: [field('a', '1'), { name: 'H', value: 'x'.repeat(1024), inline: false }],
      },
      { color: COLOUR, description: 'y' },
    ]);

    const tight = packer();
    tight.text('a'.repeat(4096), '');
    tight.field(field('n', 'v'.repeat(1024)));
    tight.heading('H', '\n');
    tight.text('x'.repeat(500), '\n');
    // Adding '\n' and 277 characters makes the message exactly full.
    tight.text('y'.repeat(277), '\n');
    tight.text('z', '\n');
    expect(tight.finish([], [])).toStrictEqual([
      {
        embeds: [
          {
            color: COLOUR,
            description: 'a'.repeat(4096),
            fields: [
              field('n', 'v'.repeat(1024)),
              { name: 'H', value: `${'x'.repeat(500)}\n${'y'.repeat(277)}`, inline: false },
            ],
          },
        ],
        rows: [],
      },
      { embeds: [{ color: COLOUR, description: 'z' }], rows: [] },
    ]);
  });

  it('turns a heading into bold text when the embed has 25 fields or the message no room', () => {
    const many = packer();
    for (let i = 0; i < 25; i++) many.field(field(`f${i}`, 'v'));
    many.heading('H', '\n\n');
    expect(many.finish([], [])[0]?.embeds.map((e) => [e.fields?.length, e.description])).toEqual([
      [25, undefined],
      [undefined, '**H**'],
    ]);

    const crowded = packer();
    crowded.text('a'.repeat(4096), '');
    crowded.field(field('n', 'v'.repeat(1024)));
    // One character short of full: a heading field needs two (its name and a blank value).
    crowded.field(field('n', 'v'.repeat(CONTENT_ROOM - 4096 - 1025 - 2)));
    crowded.heading('H', '\n\n');
    const messages = crowded.finish([], []);
    expect(messages.map((m) => m.embeds.map((e) => e.fields?.length ?? 0))).toEqual([[2], [0]]);
    expect(messages[1]?.embeds[0]?.description).toBe('**H**');
  });

  it('keeps the last row for page turns when asked to, and sends buttons without text', () => {
    const rows = (reserveRow: boolean) => {
      const pack = packer({ reserveRow });
      pack.buttons(Array.from({ length: 25 }, (_, i) => button(`b${i}`)));
      return pack.finish([], []).map((m) => m.rows.map((row) => row.length));
    };
    expect(rows(false)).toEqual([[5, 5, 5, 5, 5]]);
    expect(rows(true)).toEqual([[5, 5, 5, 5], [5]]);
  });

  it('puts the notes in a footer of their own under buttons that have no embed', () => {
    const pack = packer();
    pack.buttons([button('only')]);
    expect(pack.finish(['Page 1 of 2', 'more'], [])).toStrictEqual([
      {
        embeds: [{ color: COLOUR, footer: { text: 'Page 1 of 2 · more' } }],
        rows: [[button('only')(0)]],
      },
    ]);
  });

  it('gives an empty reply one empty message', () => {
    expect(packer().finish([], [])).toStrictEqual([{ embeds: [], rows: [] }]);
  });

  it('sends five full messages whole and says so when a sixth is cut', () => {
    const footers = (embeds: number) => {
      const pack = packer();
      for (let i = 0; i < embeds; i++) {
        pack.text(`e${i}`, '');
        pack.divide();
      }
      const messages = pack.finish([], []);
      return { count: messages.length, footer: messages.at(-1)?.embeds.at(-1)?.footer };
    };
    expect(footers(50)).toEqual({ count: 5, footer: undefined });
    expect(footers(51)).toEqual({
      count: 5,
      footer: { text: '…cut short: too long to show here' },
    });
  });

  it('cuts a full footer so that the notes after it stay within 2,048 characters', () => {
    const pack = packer();
    pack.footer('f'.repeat(2048));
    const footer = pack.finish(['Page 1 of 2'], [])[0]?.embeds[0]?.footer?.text ?? '';
    expect(footer.length).toBe(2048);
    expect(footer.endsWith('f… · Page 1 of 2')).toBe(true);
  });
});
