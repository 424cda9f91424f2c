import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a person whose surname names a place elsewhere', () => {
  it('takes a given name and a word like Arena behind a role for a person', () => {
    const b = draft(
      article(
        'U.S. coach Bruce Arena named 12 players on Tuesday.',
        '"It was difficult," he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Bruce Arena']);
    expect(quoted(b)).toEqual([['Bruce Arena', 'It was difficult']]);
  });

  it('still takes a name ending in a place word for a place with no role before it', () => {
    const b = draft(
      article('Fans filled the Allianz Arena on Tuesday, and Tom Vale said, "It was loud."'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Tom Vale']);
    expect(quoted(b)).toEqual([['Tom Vale', 'It was loud.']]);
  });

  it('reads a place named after someone ("Govan Mbeki Village") as the place when written without its place word', () => {
    const b = draft(
      article(
        'About 100 residents from Govan Mbeki Village in Gqeberha blocked a road on Monday.',
        'Residents leader Jazz Nantu said the municipality had told them that Govan Mbeki is overcrowded. “Nothing is done,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Jazz Nantu']);
    expect(quoted(b)).toEqual([['Jazz Nantu', 'Nothing is done']]);
  });
});
