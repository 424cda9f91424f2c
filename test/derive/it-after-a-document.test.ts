import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"It" opening the sentence after one about a document', () => {
  it('gives the words to a document the sentence before approved, with no writer named', () => {
    const b = draft(
      article(
        'The delegates at the meeting later approved a declaration in which both sides promised calm. It also mentioned a pledge to fight "organised smuggling gangs."',
      ),
    );
    expect(quoted(b)).toEqual([['the declaration', 'organised smuggling gangs.']]);
  });

  it('goes on with the document quoted in the sentence before', () => {
    const b = draft(
      article(
        'On the timetable, the joint statement said: "Both teams will meet every month." It also set a deadline: "We will finish before the end of the year."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['the joint statement', 'Both teams will meet every month.'],
      ['the joint statement', 'We will finish before the end of the year.'],
    ]);
  });

  it('leaves the quote to the writer when the sentence before names a body that issued it', () => {
    const b = draft(
      article(
        'The Harbour Authority issued a statement on Monday. It said the port was "fully open."',
      ),
    );
    expect(quoted(b)).toEqual([['Harbour Authority', 'fully open.']]);
  });
});
