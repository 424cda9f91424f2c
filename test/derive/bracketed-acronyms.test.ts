import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('short names given in brackets', () => {
  it('takes an acronym in brackets after a body for that body, whatever its letters', () => {
    const b = draft(
      article(
        'On Friday, Lakeside Rowing Club (LRCX) said its board would resign.',
        'LRCX said in a statement: "We accept the need for change."',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toEqual(['Lakeside Rowing Club']);
    expect(quoted(b)).toEqual([['Lakeside Rowing Club', 'We accept the need for change.']]);
  });
});
