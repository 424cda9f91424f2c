import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('coined words, glosses and names in marks are not speech', () => {
  it('drops a foreign word glossed in brackets after the word it translates', () => {
    const b = draft(
      article(
        'Kovacs, who writes a food blog, said the market was busy. Later that week he egged ("ojajil") the mayor\'s car, the police said.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('drops a term explained in brackets after it', () => {
    const b = draft(
      article(
        'Lena Brandt said some of the marchers threw flour at "Blueshirts" (members of a rival club).',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('drops a term defined by "meaning" after it', () => {
    const b = draft(
      article(
        'The election drew few voters, officials said on Friday.',
        'On election day Kenyans tweeted under the hashtag #NoVote, "basta" meaning enough.',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).not.toContain('basta');
  });

  it('drops a name someone gave a thing, "as he called it"', () => {
    const b = draft(
      article(
        'Marco Feld said he was sorry. "Paint warfare," as Feld cheerfully called it, left three walls ruined that summer.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('drops a hyphenated coinage but keeps one a speaker gives "as" a description', () => {
    const b = draft(
      article(
        'The editor was "pie-faced" by a rival on the same day, Anna Roth said.',
        'Anna Roth described the rival as "wolf-like" in her column.',
      ),
    );
    expect(quoted(b)).toEqual([['Anna Roth', 'wolf-like']]);
  });

  it('drops a capitalised name with its full stop inside the marks, mid-sentence', () => {
    const b = draft(
      article('Oskar Lind said he was proud of what he called the "Green Offensive."'),
    );
    expect(quoted(b)).toEqual([]);
  });
});
