import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('surnames that are nationalities', () => {
  it('reads a given name and a nationality with no name after them as a person ("Tom French")', () => {
    const b = draft(
      article(
        'The vote passed on Tuesday.',
        'Tom French from the Equality Network said of the vote: "Tonight the Parliament voted by an overwhelming majority."',
        '"We want to impart pride," said Staff Sgt. John French, a Wilmington native.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom French', 'Tonight the Parliament voted by an overwhelming majority.'],
      ['John French', 'We want to impart pride'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Tom French', 'John French']);
  });

  it('still reads a nationality before a name as a description ("Acting Cuban leader Raul Castro")', () => {
    const b = draft(
      article('Acting Cuban leader Raul Castro spoke.', '"We will go on," Castro said.'),
    );
    expect(quoted(b)).toEqual([['Raul Castro', 'We will go on']]);
    expect(b.people.map((p) => p.name)).toEqual(['Raul Castro']);
  });
});
