import { describe, expect, it } from 'vitest';
import { decodeInvocation } from '../../../src/adapters/slack/action-value.ts';
import {
  MESSAGES_PER_REPLY,
  renderSlack,
  SECTION_TEXT_MAX,
} from '../../../src/adapters/slack/render-slack.ts';
import type { Choice, Reply } from '../../../src/core/reply.ts';
import { EVERY_BLOCK_REPLY } from '../../helpers/sample-replies.ts';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string) => ({ type: 'context', elements: [mrkdwn(text)] });
const button = (text: string, action_id: string, value: string) => ({
  type: 'button',
  text: { type: 'plain_text', text },
  action_id,
  value,
});

describe('the Block Kit renderer', () => {
  it('renders every block type, with the page controls at the end', () => {
    const reply = EVERY_BLOCK_REPLY;
    expect(renderSlack(reply)).toEqual([
      {
        text: 'Title',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Title' } },
          section('*Heading*'),
          section('A paragraph.'),
          section('• one\n• two'),
          section('> “Words”'),
          context('— Ada · direct quote · Paper · ¶1'),
          section('> “a few words”'),
          context('— Ada · partial quote · Paper · ¶3'),
          section('> Reported: she agreed'),
          section('In context: Ada said she agreed.'),
          context('— Ada · reported speech, not a verbatim quote · Paper · ¶2'),
          { type: 'section', fields: [mrkdwn('*Role*\nMathematician')] },
          section('More'),
          {
            type: 'actions',
            elements: [
              button('Quotes', 'briefbot:choice-0', '{"command":"quote","args":{"person":"ada"}}'),
            ],
          },
          { type: 'divider' },
          context('Footer'),
          context('Page 1 of 2'),
          {
            type: 'actions',
            elements: [
              button(
                'Next ▶',
                'briefbot:page-next',
                '{"command":"quote","args":{"person":"ada","page":2}}',
              ),
            ],
          },
        ],
      },
    ]);
  });

  it('offers many choices as a select menu whose values run the chosen command', () => {
    const choices: Choice[] = Array.from({ length: 7 }, (_, i) => ({
      label: `Person ${i}`,
      invocation: { command: 'quote', args: { person: `p${i}` } },
    }));
    const [message] = renderSlack({
      private: true,
      blocks: [{ type: 'choices', prompt: 'Whose statements?', choices }],
    });
    expect(message?.text).toBe('Whose statements?');
    expect(message?.blocks).toHaveLength(1);
    const menu = message?.blocks[0];
    expect(menu).toMatchObject({
      type: 'section',
      text: mrkdwn('Whose statements?'),
      accessory: {
        type: 'static_select',
        action_id: 'briefbot:menu-0',
        placeholder: { type: 'plain_text', text: 'Choose…' },
      },
    });
    const options = (menu as { accessory: { options: { value: string }[] } }).accessory.options;
    expect(options.map((option) => decodeInvocation(option.value))).toEqual(
      choices.map((choice) => choice.invocation),
    );
  });

  it('keeps hostile content inert: no mentions, links or formatting reach Slack', () => {
    const hostile = '<!channel> <@U123> <https://evil.example|click> @everyone *bold* _it_ & ~x~';
    const [message] = renderSlack({
      title: `Hi <!here> & *you*`,
      private: false,
      blocks: [
        { type: 'paragraph', text: hostile },
        {
          type: 'choices',
          prompt: '<!channel>',
          choices: [{ label: '<@U123> & co', invocation: { command: 'who', args: {} } }],
        },
        { type: 'fields', fields: [{ name: '*<b>*', value: '<#C123|general>' }] },
      ],
    });
    const z = '\u200b';
    expect(message?.text).toBe(`Hi &lt;!here&gt; &amp; *${z}you*`);
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Hi &lt;!here&gt; &amp; *you*' } },
      section(
        `&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; @everyone *${z}bold* _${z}it_ &amp; ~${z}x~`,
      ),
      section('&lt;!channel&gt;'),
      {
        type: 'actions',
        elements: [button('&lt;@U123&gt; &amp; co', 'briefbot:choice-0', expect.any(String))],
      },
      { type: 'section', fields: [mrkdwn(`**${z}&lt;b&gt;*${z}*\n&lt;#C123|general&gt;`)] },
    ]);
  });

  it('splits a long answer over several messages, each with a text fallback', () => {
    const long = 'word '.repeat(2000);
    const messages = renderSlack({
      title: 'Long',
      private: false,
      blocks: [
        { type: 'paragraph', text: long },
        { type: 'paragraph', text: long },
      ],
      page: { number: 1, count: 3, next: { command: 'topics', args: { page: 2 } } },
    });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.map((m) => m.text)).toEqual(
      messages.map((_, i) =>
        i === 0 ? 'Long' : `Long (continued, ${i + 1} of ${messages.length})`,
      ),
    );
    expect(messages[0]?.blocks[0]).toMatchObject({ type: 'header' });
    expect(messages.slice(1).some((m) => m.blocks.some((b) => b.type === 'header'))).toBe(false);
    expect(messages.at(-1)?.blocks.at(-1)).toMatchObject({ type: 'actions' });
    const words = messages
      .flatMap((m) => m.blocks)
      .flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []))
      .join(' ')
      .split(/\s+/)
      .filter((w) => w === 'word');
    expect(words).toHaveLength(4000);
    for (const m of messages)
      for (const b of m.blocks)
        if (b.type === 'section' && b.text)
          expect(b.text.text.length).toBeLessThanOrEqual(SECTION_TEXT_MAX);
  });

  it('shortens an answer too long for five messages, and says so', () => {
    const messages = renderSlack({
      private: false,
      blocks: Array.from({ length: 400 }, (_, i) => ({
        type: 'paragraph',
        text: `Paragraph ${i}.`,
      })),
    });
    expect(messages).toHaveLength(MESSAGES_PER_REPLY);
    expect(messages.at(-1)?.blocks.at(-1)).toEqual(
      context('This answer is too long for Slack and has been shortened.'),
    );
  });
});

describe('the plain text fallback of a reply without a title', () => {
  const quote = {
    type: 'quote' as const,
    text: 'a few words',
    kind: 'partial' as const,
    speaker: 'Ada',
    source: 'Paper',
  };
  it.each<[string, Reply['blocks'], string]>([
    ['a heading', [{ type: 'heading', text: 'Heading' }], 'Heading'],
    ['a paragraph', [{ type: 'paragraph', text: 'Words.' }], 'Words.'],
    ['a footer', [{ type: 'footer', text: 'Small print' }], 'Small print'],
    ['bullets', [{ type: 'bullets', items: ['first', 'second'] }], 'first'],
    ['a quote', [quote], 'Ada: “a few words” (partial quote)'],
    ['fields', [{ type: 'fields', fields: [{ name: 'Role', value: 'Poet' }] }], 'Role: Poet'],
    ['choices', [{ type: 'choices', prompt: 'Pick one', choices: [] }], 'Pick one'],
    [
      'blank blocks first',
      [
        { type: 'divider' },
        { type: 'heading', text: ' ' },
        { type: 'paragraph', text: '' },
        { type: 'footer', text: ' ' },
        { type: 'bullets', items: [' '] },
        { type: 'fields', fields: [] },
        { type: 'choices', prompt: ' ', choices: [] },
        { type: 'paragraph', text: 'At last.' },
      ],
      'At last.',
    ],
    ['nothing to say', [{ type: 'divider' }], 'Briefbot'],
  ])('is its first text when it starts with %s', (_, blocks, text) => {
    expect(renderSlack({ private: false, blocks })[0]?.text).toBe(text);
  });
});

describe('fields in Slack sections', () => {
  const sectionsOf = (fields: { name: string; value: string }[]) =>
    renderSlack({ private: false, blocks: [{ type: 'fields', fields }] })[0]?.blocks.map((b) =>
      b.type === 'section' ? (b.fields ?? []).map((f) => f.text) : [],
    );

  it('puts 10 fields in a section (Slack’s limit) and the 11th in the next', () => {
    const fields = Array.from({ length: 11 }, (_, i) => ({ name: `n${i}`, value: 'v' }));
    expect(sectionsOf(fields)?.map((section) => section.length)).toEqual([10, 1]);
    expect(sectionsOf(fields)?.[1]).toEqual(['*n10*\nv']);
  });

  it('starts a new section before its fields pass 3,000 characters, and fills blanks', () => {
    const sections = sectionsOf([
      { name: ' ', value: ' ' },
      { name: ' Role ', value: ' Poet ' },
      { name: 'a', value: 'x'.repeat(1500) },
      { name: 'b', value: 'x'.repeat(1400) },
      { name: 'c', value: 'x'.repeat(100) },
    ]);
    expect(sections?.map((section) => section.map((text) => text.length))).toEqual([
      [1, 11, 1504, 1404],
      [104],
    ]);
    expect(sections?.[0]?.slice(0, 2)).toEqual(['—', '*Role*\nPoet']);
  });
});

describe('blank and long text in Slack blocks', () => {
  it('sends one message with no blocks and a named fallback when every block is blank', () => {
    expect(
      renderSlack({
        title: '  ',
        private: false,
        blocks: [
          { type: 'heading', text: ' ' },
          { type: 'footer', text: ' ' },
          { type: 'bullets', items: [' ', ''] },
          { type: 'choices', prompt: ' ', choices: [] },
          { type: 'fields', fields: [] },
        ],
      }),
    ).toEqual([{ text: 'Briefbot', blocks: [] }]);
  });

  it('trims bullets and leaves out blank ones, and shows a blank title as no header', () => {
    expect(
      renderSlack({
        title: ' ',
        private: false,
        blocks: [{ type: 'bullets', items: ['  a ', ' ', 'b'] }],
      }),
    ).toEqual([{ text: 'a', blocks: [section('• a\n• b')] }]);
  });

  it('keeps every line of a quote inside the block quote', () => {
    const [message] = renderSlack({
      private: false,
      blocks: [
        { type: 'quote', text: 'line one\nline two', kind: 'direct', speaker: 'Ada', source: 'P' },
      ],
    });
    expect(message?.blocks[0]).toEqual(section('> “line one\n> line two”'));
  });

  it('cuts a heading to fit a 3,000-character section, bold marks included', () => {
    const [message] = renderSlack({
      private: false,
      blocks: [{ type: 'heading', text: `  ${'h'.repeat(3500)}` }],
    });
    const block = message?.blocks[0];
    const text = block?.type === 'section' ? (block.text?.text ?? '') : '';
    expect(text.length).toBe(3000);
    expect(text.startsWith('*h')).toBe(true);
    expect(text.endsWith('…*')).toBe(true);
  });
});
