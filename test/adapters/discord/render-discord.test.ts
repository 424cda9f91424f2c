import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../../src/adapters/discord/button-ids.ts';
import { CUT_SHORT, MAX_MESSAGES } from '../../../src/adapters/discord/embed-packer.ts';
import {
  COLOUR,
  ERROR_COLOUR,
  renderDiscord,
} from '../../../src/adapters/discord/render-discord.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { EVERY_BLOCK_REPLY } from '../../helpers/sample-replies.ts';

const ids = createButtonIds();
const render = (reply: Reply) => renderDiscord(reply, ids);

describe('the Discord renderer', () => {
  it('renders every block type as one embed with fields, a footer and buttons', () => {
    // Without its divider: a divider starts a new embed (the next test), and this one is about one.
    const reply: Reply = {
      ...EVERY_BLOCK_REPLY,
      blocks: EVERY_BLOCK_REPLY.blocks.filter((block) => block.type !== 'divider'),
    };
    expect(render(reply)).toEqual([
      {
        embeds: [
          {
            color: COLOUR,
            title: 'Title',
            description: [
              '**Heading**',
              'A paragraph.',
              '',
              '• one',
              '• two',
              '',
              '> “Words”',
              '— *Ada · direct quote · Paper · ¶1*',
              '',
              '> “a few words”',
              '— *Ada · partial quote · Paper · ¶3*',
              '',
              '> **Reported:** she agreed',
              '> *In context:* Ada said she agreed.',
              '— *Ada · reported speech, not a verbatim quote · Paper · ¶2*',
            ].join('\n'),
            fields: [
              { name: 'Role', value: 'Mathematician', inline: true },
              { name: 'More', value: '\u200b', inline: false },
            ],
            footer: { text: 'Footer · Page 1 of 2' },
          },
        ],
        components: [
          {
            type: 1,
            components: [{ type: 2, style: 2, label: 'Quotes', custom_id: 'c0:/quote?person=ada' }],
          },
          {
            type: 1,
            components: [
              { type: 2, style: 1, label: 'Next ▶', custom_id: 'p1:/quote?person=ada&page=2' },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('starts a new embed at a divider, the title staying on the first', () => {
    const reply: Reply = {
      title: 'Title',
      private: false,
      blocks: [
        { type: 'paragraph', text: 'Before.' },
        { type: 'divider' },
        { type: 'paragraph', text: 'After.' },
      ],
    };
    expect(render(reply)).toEqual([
      {
        embeds: [
          { color: COLOUR, title: 'Title', description: 'Before.' },
          { color: COLOUR, description: 'After.' },
        ],
        components: [],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('renders a user error privately, in the error colour, with its suggestions as buttons', () => {
    const reply: Reply = {
      private: true,
      error: { code: 'unknown_person' },
      blocks: [
        { type: 'paragraph', text: 'No one called "blinkn" appears in the briefings.' },
        {
          type: 'choices',
          prompt: 'Did you mean one of these?',
          choices: [
            {
              label: 'Antony Blinken, US secretary of state',
              invocation: { command: 'quote', args: { person: 'antony-blinken' } },
            },
          ],
        },
      ],
    };
    expect(render(reply)).toEqual([
      {
        embeds: [
          {
            color: ERROR_COLOUR,
            description:
              'No one called "blinkn" appears in the briefings.\n\n**Did you mean one of these?**',
          },
        ],
        components: [
          {
            type: 1,
            components: [
              {
                type: 2,
                style: 2,
                label: 'Antony Blinken, US secretary of state',
                custom_id: 'c0:/quote?person=antony-blinken',
              },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    ]);
  });

  it('puts headings after fields into fields of their own, and turns pages both ways', () => {
    const [message] = render({
      title: 'Ada Lovelace',
      private: false,
      blocks: [
        { type: 'fields', fields: [{ name: 'Role', value: 'Mathematician' }] },
        { type: 'heading', text: 'Appears in 1 briefing' },
        { type: 'bullets', items: ['A test topic (/brief test-topic)'] },
      ],
      page: {
        number: 2,
        count: 3,
        previous: { command: 'who', args: { page: 1 } },
        next: { command: 'who', args: { page: 3 } },
      },
    });
    expect(message?.embeds).toEqual([
      {
        color: COLOUR,
        title: 'Ada Lovelace',
        fields: [
          { name: 'Role', value: 'Mathematician', inline: true },
          {
            name: 'Appears in 1 briefing',
            value: '• A test topic (/brief test-topic)',
            inline: false,
          },
        ],
        footer: { text: 'Page 2 of 3' },
      },
    ]);
    expect(message?.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: '◀ Previous', custom_id: 'p0:/who?page=1' },
          { type: 2, style: 1, label: 'Next ▶', custom_id: 'p1:/who?page=3' },
        ],
      },
    ]);
  });

  it('renders a reply that is only a title as an embed with that title', () => {
    expect(render({ title: 'Subscribed', blocks: [], private: false })[0]?.embeds).toEqual([
      { color: COLOUR, title: 'Subscribed' },
    ]);
  });

  it('escapes Markdown so that text cannot format, link, mention or quote', () => {
    const [message] = render({
      private: false,
      blocks: [
        {
          type: 'paragraph',
          text: '**bold** [site](https://evil.example/a_b) <@123> @everyone\n# big\n> quoted\n- item',
        },
      ],
    });
    expect(message?.embeds[0]?.description).toBe(
      '\\*\\*bold\\*\\* \\[site\\](https://evil.example/a_b) \\<@123\\> @everyone\n\\# big\n\\> quoted\n\\- item',
    );
    expect(message?.allowed_mentions).toEqual({ parse: [] });
  });

  it('continues a long reply in further embeds and messages without losing a word', () => {
    const words = Array.from({ length: 2500 }, (_, i) => `word${i}`);
    const messages = render({
      title: 'Long',
      private: false,
      blocks: [{ type: 'paragraph', text: words.join(' ') }],
    });
    expect(messages.length).toBeGreaterThan(1);
    const text = messages
      .flatMap((m) => m.embeds.map((e) => e.description ?? ''))
      .join(' ')
      .split(/\s+/);
    expect(text).toEqual(words);
    expect(messages[0]?.embeds[0]?.title).toBe('Long');
    expect(messages.slice(1).every((m) => m.embeds.every((e) => e.title === undefined))).toBe(true);
  });

  it('cuts a reply longer than five messages short and says so', () => {
    const messages = render({
      private: false,
      blocks: Array.from({ length: 40 }, () => ({
        type: 'paragraph' as const,
        text: 'lorem ipsum '.repeat(340),
      })),
    });
    expect(messages).toHaveLength(MAX_MESSAGES);
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toBe(CUT_SHORT);
  });

  it('cuts a field value to 1024 characters at a word boundary and marks the cut', () => {
    const [message] = render({
      private: false,
      blocks: [{ type: 'fields', fields: [{ name: 'Long', value: 'abcdefghi '.repeat(200) }] }],
    });
    const value = message?.embeds[0]?.fields?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/ abcdefghi…$/);
  });

  it('cuts a quote credit too long for a description so that it fits one, its marks included', () => {
    const [message] = render({
      private: false,
      blocks: [
        {
          type: 'quote',
          text: 'Words',
          kind: 'direct',
          speaker: 'Ada',
          source: 'a '.repeat(2500),
        },
      ],
    });
    const credit = message?.embeds[1]?.description ?? '';
    // 4,096 at most: '— *', the credit cut at a word boundary, '…' and '*'.
    expect(credit).toHaveLength(4095);
    expect(credit.startsWith('— *Ada · direct quote · a a ')).toBe(true);
    expect(credit.endsWith(' a a…*')).toBe(true);
  });

  it('shows half a surrogate pair, as a user may send one, as U+FFFD', () => {
    const [message] = render({
      title: 'No briefing "\uD800"',
      private: true,
      blocks: [
        { type: 'paragraph', text: 'brief \uDC00 😀' },
        { type: 'footer', text: '\uD83D' },
      ],
    });
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('No briefing "\uFFFD"');
    expect(embed?.description).toBe('brief \uFFFD 😀');
    expect(embed?.footer?.text).toBe('\uFFFD');
  });
});
