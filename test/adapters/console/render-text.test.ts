import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../../src/adapters/console/console-style.ts';
import { renderText, sanitize, wrap } from '../../../src/adapters/console/render-text.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { EVERY_BLOCK_REPLY } from '../../helpers/sample-replies.ts';

describe('the plain-text renderer', () => {
  it('renders every block type', () => {
    const reply = EVERY_BLOCK_REPLY;
    expect(renderText(reply, 80)).toBe(
      [
        '== Title ==',
        'Heading',
        'A paragraph.',
        '  • one\n  • two',
        '  “Words”\n    — Ada · direct quote · Paper · ¶1',
        '  “a few words”\n    — Ada · partial quote · Paper · ¶3',
        '  Reported: she agreed\n    In context: Ada said she agreed.\n    — Ada · reported speech, not a verbatim quote · Paper · ¶2',
        '  Role: Mathematician',
        'More\n  → /quote person:ada (Quotes)',
        '----------------------------------------',
        '-- Footer',
        'Page 1 of 2 · next: /quote person:ada page:2',
      ].join('\n\n'),
    );
  });

  it('wraps at word boundaries and never exceeds the width for ordinary words', () => {
    const text = 'word '.repeat(50);
    for (const line of wrap(text, 30, '  ').split('\n'))
      expect(line.length).toBeLessThanOrEqual(30);
  });

  it('fills each line up to exactly the width, and indents what wraps', () => {
    const reply: Reply = {
      private: false,
      blocks: [
        { type: 'paragraph', text: '  aaaa  bbbb cccc dddd' },
        { type: 'bullets', items: ['aaaa bbbb cccc'] },
        { type: 'fields', fields: [{ name: 'Role', value: 'aaaa bbbb cccc' }] },
        { type: 'footer', text: 'aaaa bbbb cccc' },
      ],
    };
    expect(renderText(reply, 14)).toBe(
      [
        'aaaa bbbb cccc\ndddd',
        '  • aaaa bbbb\n    cccc',
        '  Role: aaaa\n    bbbb cccc',
        '-- aaaa bbbb\n   cccc',
      ].join('\n\n'),
    );
    expect(wrap('one\ntwo three', 9, '  ', '> ')).toBe('> one\n  two\n  three');
  });

  it('wraps each long block with its own indents, and keeps a heading on one line', () => {
    const reply: Reply = {
      private: false,
      blocks: [
        { type: 'heading', text: 'A  heading wider than the width' },
        {
          type: 'quote',
          text: 'aaaa bbbb cccc',
          kind: 'direct',
          speaker: 'Ada',
          context: 'cccc dddd eeee',
          source: 'Paper · ¶1',
        },
        {
          type: 'quote',
          text: 'aaaa bbbb cccc',
          kind: 'paraphrase',
          speaker: 'Ada',
          source: 'Paper',
        },
        {
          type: 'fields',
          fields: [
            { name: 'Role', value: 'Mathematician' },
            { name: 'Born', value: '1815' },
          ],
        },
        {
          type: 'choices',
          prompt: 'More',
          choices: [
            { label: 'Quotes by Ada', invocation: { command: 'quote', args: { person: 'ada' } } },
          ],
        },
      ],
    };
    expect(renderText(reply, 16)).toBe(
      [
        'A  heading wider than the width',
        '  “aaaa bbbb\n  cccc”\n    In context:\n    cccc dddd\n    eeee\n    — Ada ·\n      direct\n      quote ·\n      Paper · ¶1',
        '  Reported: aaaa\n  bbbb cccc\n    — Ada ·\n      reported\n      speech,\n      not a\n      verbatim\n      quote ·\n      Paper',
        '  Role:\n    Mathematician\n  Born: 1815',
        'More\n  → /quote\n      person:ada\n      (Quotes by\n      Ada)',
      ].join('\n\n'),
    );
  });

  it('drops whitespace at the end of a paragraph and starts no line empty for a word wider than the width', () => {
    expect(wrap('one two  ', 20)).toBe('one two');
    expect(wrap('abcdefghijkl', 5, '  ')).toBe('  abcdefghijkl');
    expect(wrap('ab abcdefghijkl', 5)).toBe('ab\nabcdefghijkl');
  });

  it('names both page turns as commands to type', () => {
    const reply: Reply = {
      title: 'T',
      private: false,
      blocks: [{ type: 'paragraph', text: 'Words.' }],
      page: {
        number: 2,
        count: 3,
        previous: { command: 'who', args: { page: 1 } },
        next: { command: 'who', args: { page: 3 } },
      },
    };
    expect(renderText(reply)).toBe(
      '== T ==\n\nWords.\n\nPage 2 of 3 · previous: /who page:1 · next: /who page:3',
    );
    expect(renderText({ ...reply, title: '', page: { number: 3, count: 3 } })).toBe(
      'Words.\n\nPage 3 of 3',
    );
  });

  it('marks only the first block of a mistake as a warning', () => {
    const marked = { ...plainStyle, warning: (text: string) => `!${text}` };
    const reply: Reply = {
      private: true,
      blocks: [
        { type: 'paragraph', text: 'No one called zed.' },
        { type: 'paragraph', text: 'Try /who.' },
      ],
    };
    expect(renderText({ ...reply, error: { code: 'unknown-person' } }, 80, marked)).toBe(
      '!No one called zed.\n\nTry /who.',
    );
    expect(renderText(reply, 80, marked)).toBe('No one called zed.\n\nTry /who.');
  });

  it('strips terminal control sequences from content', () => {
    expect(sanitize('red\u001b[31mtext\u0007 \u202eevil')).toBe('red[31mtext evil');
  });
});
