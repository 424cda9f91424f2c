import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('athletes described by their sport before their name', () => {
  it('keeps "Ohio State Wrestler" out of the name of the wrestler who speaks', () => {
    const b = draft(
      article(
        'Former Ohio State Wrestler Dan Ritchie said the coach knew. “To say that he knew nothing, it’s a flat out lie,” Ritchie said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Dan Ritchie']);
    expect(quoted(b)).toEqual([
      ['Dan Ritchie', 'To say that he knew nothing, it’s a flat out lie'],
    ]);
  });
});
