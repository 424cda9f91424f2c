import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('surnames misspelt later in a story', () => {
  it('takes a surname with two letters next to each other swapped for the named person', () => {
    const b = draft(
      article(
        'Sociologist Lena Hordick was cleared on Monday.',
        'Her friend Tom Vale said, “We will stand by her until she is home.” Hodrick thanked him.',
        '“I am grateful,” Hodrick said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Lena Hordick', 'Tom Vale']);
    expect(quoted(b)).toEqual([
      ['Tom Vale', 'We will stand by her until she is home.'],
      ['Lena Hordick', 'I am grateful'],
    ]);
  });
});
