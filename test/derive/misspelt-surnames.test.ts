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

  it('takes a misspelt surname before the government its owner leads for the owner', () => {
    const b = draft(
      article(
        'President Mikheil Saakashvili told reporters that “the war changed us.”',
        'Opposition to the Saaskashvili government led to protests in Georgia, but Saaskashvili said that “protest is part of democracy.”',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mikheil Saakashvili']);
    expect(b.organisations.map((o) => o.name)).toEqual([]);
    expect(quoted(b).map(([speaker]) => speaker)).toEqual([
      'Mikheil Saakashvili',
      'Mikheil Saakashvili',
    ]);
  });
});
