import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a name right before "said"', () => {
  it('is the subject after a noun in lower case or a year, not the speaker quoted before', () => {
    const b = draft(
      article(
        'Adviser Marco Garcia said: "These agreements are strategic."',
        'Days before the arrival in Caracas and commenting about the trip Lula said: "We are going to do the same thing in Colombia."',
        'In 2015 Szydło said in response to the findings "the website will simply remain closed."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Marco Garcia', 'These agreements are strategic.'],
      ['Lula', 'We are going to do the same thing in Colombia.'],
      ['Szydło', 'the website will simply remain closed.'],
    ]);
  });

  it('is no subject after a body whose name it ends ("… for Human Rights La Plata said")', () => {
    const b = draft(
      article(
        'Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that "this is the first proof."',
      ),
    );
    expect(quoted(b)).toEqual([['Maria Vedio', 'this is the first proof.']]);
  });
});
