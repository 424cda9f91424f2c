import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('single words in marks weighed against each other with "or"', () => {
  it('drops two one-word terms joined by "or" in double marks', () => {
    const b = draft(
      article(
        'The council met on Monday.',
        'Mayor Anna Grey declared the old forest "protected" or "untouchable", a council note said.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('drops them in single marks too, in a story that uses double ones', () => {
    const b = draft(
      article(
        '"We need to be bolder," said Tom Hale.',
        "Tom Hale said the party should stop talking about politics in terms of 'left' or 'right'.",
      ),
    );
    expect(quoted(b)).toEqual([['Tom Hale', 'We need to be bolder']]);
  });

  it('keeps one-word quotes joined by "and", and questions joined by "or"', () => {
    const b = draft(
      article(
        'Anna Grey called the ruling "shameful" and "cruel".',
        '"Where is your home?" or "Do you speak Indian?" Ravi Sahai recalled being asked.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anna Grey', 'shameful'],
      ['Anna Grey', 'cruel'],
      ['Ravi Sahai', 'Where is your home?'],
      ['Ravi Sahai', 'Do you speak Indian?'],
    ]);
  });
});
