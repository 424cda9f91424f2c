import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('an office written with a capital after “the”', () => {
  it('is the person the story gave that office, as the lower-case role is', () => {
    const b = draft(
      article(
        'Comptroller of the Currency John C. Dugan told a House panel today that supervision works.',
        '"Our regime is not \'enforcement-only\'," the Comptroller said. "Instead, it is better."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['John C. Dugan', "Our regime is not 'enforcement-only'"],
      ['John C. Dugan', 'Instead, it is better.'],
    ]);
  });

  it('leaves an office that a name or what it is of follows to the name', () => {
    const b = draft(
      article(
        'The Administrator of the U.S. Small Business Administration, Maria Contreras-Sweet, today issued the following statement at a Senate hearing:',
        '“Loans are up.',
        '“We are proud of it.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Maria Contreras-Sweet', 'Loans are up.'],
      ['Maria Contreras-Sweet', 'We are proud of it.'],
    ]);
  });
});
