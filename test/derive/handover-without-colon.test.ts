import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a line that hands over to the quote below, its colon lost', () => {
  it('gives the quote to the person named before "said", past an office ending in Convener', () => {
    const b = draft(
      article(
        'The Standards Committee has published its report on how committees work.',
        'The report calls for smaller committees at the start of the next session.',
        'Committee Convener, Martin Whitfield MSP said',
        '“It is right that the public should have high expectations of how committees operate.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Martin Whitfield',
        'It is right that the public should have high expectations of how committees operate.',
      ],
    ]);
    expect(b.organisations.map((o) => o.name)).not.toContain('Committee Convener');
  });
});
