import { describe, expect, it } from 'vitest';
import { renderText, sanitize, wrap } from '../../../src/adapters/console/render-text.ts';
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

  it('strips terminal control sequences from content', () => {
    expect(sanitize('red\u001b[31mtext\u0007 \u202eevil')).toBe('red[31mtext evil');
  });
});
