import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('bodies named for what they serve, and offices that speak', () => {
  it('keeps a body named by a list with commas and "and" as one name', () => {
    const b = draft(
      article(
        'The Department for Environment, Food and Rural Affairs said: “We will act this week.”',
        'Jane Holt, France’s Ministry of Ecology, Energy, Sustainable Development and Sea, confirmed to reporters: “Bodies were found.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Department for Environment, Food and Rural Affairs', 'We will act this week.'],
      ['Jane Holt', 'Bodies were found.'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Jane Holt']);
  });

  it('does not join a body and the people listed after it', () => {
    const b = draft(
      article(
        'The Ministry of Justice, Anna Lindqvist and Tom Hale met on Monday, officials said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Anna Lindqvist', 'Tom Hale']);
  });

  it('gives the words of "the prime minister’s office" to the office, not to a minister', () => {
    const b = draft(
      article(
        'Deputy Prime Minister Cemal Arslan visited the area.',
        '“Many houses have collapsed,” said the prime minister’s office in a statement.',
      ),
    );
    expect(quoted(b)).toEqual([['Prime minister’s office', 'Many houses have collapsed']]);
  });
});
