import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body run into a person the story names by surname', () => {
  it('splits a body with its own words from the name after it ("Council of … Ephraim Borowski")', () => {
    const b = draft(
      article(
        'Director of the Scottish Council of Jewish Communities Ephraim Borowski testified for the prosecution. "The video was deeply offensive," said Borowski.',
      ),
    );
    expect(quoted(b)).toEqual([['Ephraim Borowski', 'The video was deeply offensive']]);
    expect(b.people.map((p) => p.name)).toEqual(['Ephraim Borowski']);
    expect(b.organisations.map((o) => o.name)).toContain('Scottish Council of Jewish Communities');
  });

  it('splits a body the story names alone after "spokesperson for", and gives him the quote', () => {
    const b = draft(
      article(
        'Protesters entered a pipeline built by TransCanada on Monday. Glen Hart said "We are here to stay."',
        'In a statement, spokesperson for TransCanada Grady Semmens called the protest "unfortunate" saying, "This project supplies oil to refineries."',
        '"It is unfortunate these protestors are trying," added Semmens.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Glen Hart', 'We are here to stay.'],
      ['Grady Semmens', 'unfortunate'],
      ['Grady Semmens', 'This project supplies oil to refineries.'],
      ['Grady Semmens', 'It is unfortunate these protestors are trying'],
    ]);
  });

  it('leaves a full name whole when its first name is used alone too ("Aretha … Franklin")', () => {
    const b = draft(
      article(
        'Aretha Louise Franklin sang at the inauguration. Aretha was 66. "It was an honour," Franklin said.',
      ),
    );
    expect(quoted(b)).toEqual([['Aretha Louise Franklin', 'It was an honour']]);
  });

  it('ends a municipality’s name before the spokesperson named after it', () => {
    const b = draft(
      article(
        'Spokesperson for Nelson Mandela Bay Municipality Mthubanzi Mniki said the contractor did not abandon the project. “The contractor is still on site.”',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mthubanzi Mniki']);
    expect(quoted(b)).toEqual([['Mthubanzi Mniki', 'The contractor is still on site.']]);
  });
});
