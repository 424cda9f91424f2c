import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a bare office after a name that follows a preposition', () => {
  it('is the person’s role, so "the bishop" later is that person', () => {
    const b = draft(
      article(
        'The first criticism came from Daniel Ferrer, bishop of the Diocese of Salta, in Argentina:',
        '"The church made its opinion known from the beginning," the bishop said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Daniel Ferrer', 'The church made its opinion known from the beginning'],
    ]);
    expect(b.people.find((p) => p.name === 'Daniel Ferrer')?.role).toBe('Bishop');
  });
});
