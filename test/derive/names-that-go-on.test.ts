import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a subject the lists do not know, and sign-offs', () => {
  it('takes a name that opens its sentence and goes on with "she" for a woman', () => {
    const b = draft(
      article(
        'Eugenia Hunter has a hard time recalling how long she has been staying in the tent.',
        'The city has cleared two camps nearby since the spring.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Eugenia Hunter']);
  });

  it('reads "has a hard time" as no reporter’s sign-off, and "has this report" as one', () => {
    const b = draft(
      article(
        'Anna Hunter has a hard time in the tent.',
        '“At least the rats aren’t all over me in here,” the lawyer said.',
        'Jim Randle has this report from Baghdad.',
      ),
    );
    expect(quoted(b)).toEqual([['Anna Hunter', 'At least the rats aren’t all over me in here']]);
  });

  it('takes "the 59-year-old Oakland native" for the person the story is about', () => {
    const b = draft(
      article(
        'Eugenia Hunter lives in a tent in Oakland’s Uptown neighborhood.',
        '“At least the rats aren’t all over me in here,” the 59-year-old Oakland native said on a bright afternoon.',
      ),
    );
    expect(quoted(b)).toEqual([['Eugenia Hunter', 'At least the rats aren’t all over me in here']]);
    expect(b.people.map((p) => p.name)).toEqual(['Eugenia Hunter']);
  });
});
