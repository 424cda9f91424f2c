import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

/**
 * A speaker's words keep their speaker when the sentence names someone else as an object in between:
 * a head of government addressed, a crew or unit named in the headline.
 */
describe('quotes past a person named as an object', () => {
  it('reads "and addressed Prime Minister X" as a verb and its object, so "she" stays the speaker', () => {
    const b = draft(
      article(
        'Commission head Rita Sharma visited the hospital on Sunday.',
        'After Ms Sharma left, she wrote: "Have we become numb?", and addressed Prime Minister Anil Varma demanding "stricter laws" for the city. She said the injuries were "horrific".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rita Sharma', 'Have we become numb?'],
      ['Rita Sharma', 'stricter laws'],
      ['Rita Sharma', 'horrific'],
    ]);
  });

  it('still takes a name after a newly elected or retired description for the subject', () => {
    const b = draft(
      article(
        'The council met on Friday.',
        'The plan is "a good start," and newly elected Mayor Ana Ruiz said she would back it.',
      ),
    );
    expect(quoted(b)).toEqual([['Ana Ruiz', 'a good start']]);
  });
});
