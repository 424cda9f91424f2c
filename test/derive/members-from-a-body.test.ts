import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body named after a preposition and words describing it', () => {
  it('is governed by the preposition, so the member named before it speaks', () => {
    const b = draft(
      article(
        'Timo Soini from the nationalist opposition Finns Party commented: "For me marriage will remain a union."',
      ),
    );
    expect(quoted(b)).toEqual([['Timo Soini', 'For me marriage will remain a union.']]);
  });
});
