import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a surname whose particle is capitalised one time and not the next', () => {
  it('reads "De La Calle" after "Humberto De la Calle" as the same person', () => {
    const b = draft(
      article(
        'Chief negotiator Humberto De la Calle said the talks would resume in Havana on Monday.',
        '“We will return to the table,” De La Calle said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Humberto De la Calle']);
    expect(quoted(b)).toEqual([['Humberto De la Calle', 'We will return to the table']]);
  });
});
