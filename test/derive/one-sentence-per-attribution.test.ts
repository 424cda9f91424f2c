import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote that a verb right before it governs ends its sentence', () => {
  it('gives the next quote to the name and verb that introduce it ("X tweeted “…” Y remarked, “…”")', () => {
    const b = draft(
      article(
        'Prime Minister Ada Marsh tweeted "We are with the mayor in our thoughts." President Ben Hale remarked, "Today I am with him and his family."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Marsh', 'We are with the mayor in our thoughts.'],
      ['Ben Hale', 'Today I am with him and his family.'],
    ]);
  });

  it('does the same after “said that “…””', () => {
    const b = draft(
      article(
        'Ada Marsh said that "the mayor is recovering." Ben Hale said, "Today I am with him and his family."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Marsh', 'the mayor is recovering.'],
      ['Ben Hale', 'Today I am with him and his family.'],
    ]);
  });
});
