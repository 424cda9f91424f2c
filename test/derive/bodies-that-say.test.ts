import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('bodies given a plural verb, as British usage does', () => {
  it('reads "say" after a body\'s name or a collective noun as a verb of saying', () => {
    const b = draft(
      article(
        'Ryanair sues its pilot over a documentary.',
        'Ryanair say they "look forward to correcting the claims in court".',
        'Police say the man "acted alone".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ryanair', 'look forward to correcting the claims in court'],
      ['Police', 'acted alone'],
    ]);
  });

  it('does not read "I’d say" or a possessive before "say" as a body', () => {
    const b = draft(
      article(
        'Bloggers meet in Havana.',
        'If someone were to ask me, I’d say that we were not "basically the same."',
        'They had their say on the "new rules".',
      ),
    );
    expect(quoted(b)).toEqual([]);
    expect(b.organisations.map((o) => o.name)).toEqual([]);
  });

  it('lists the Red Cross as a body, not a person', () => {
    const b = draft(
      article(
        'Food reaches the camp.',
        'The Red Cross say they have five weeks\' worth of food, and call the attack "deplorable".',
      ),
    );
    expect(b.people).toEqual([]);
    expect(b.organisations.map((o) => o.name)).toEqual(['Red Cross']);
  });
});
