import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('phrases in single marks in a story that uses double ones', () => {
  it('reads a phrase in single marks as a quote of the subject that says it', () => {
    const b = draft(
      article(
        'Talks between the two countries broke down on Friday.',
        '"We will not give in," said Tom Hale.',
        "In his column, Paul Verity described the chain of events as 'ritual aggression' between the two.",
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Hale', 'We will not give in'],
      ['Paul Verity', 'ritual aggression'],
    ]);
  });

  it('reads curly single marks too, and keeps apostrophes beside the phrase', () => {
    const b = draft(
      article(
        'The election is next month.',
        '"The count will be fair," said Tom Hale.',
        'Anna Grey said the minister should drop his ‘wishful thinking’ that the party’s vote would hold.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Hale', 'The count will be fair'],
      ['Anna Grey', 'wishful thinking'],
    ]);
  });

  it('leaves single marks inside a double-marked quote as a quote within it', () => {
    const b = draft(
      article(
        'The festival opened on Saturday.',
        '"They told us \'come back tomorrow\' and we did," said Maria Lopez.',
      ),
    );
    expect(quoted(b)).toEqual([['Maria Lopez', "They told us 'come back tomorrow' and we did"]]);
  });

  it('leaves a passage of several sentences in single marks as it was', () => {
    const b = draft(
      article(
        'The match was called off.',
        '"It was the right call," said Tom Hale.',
        "Fan Anna Grey wrote 'It rained all day. Nobody could play.' on the club page.",
      ),
    );
    expect(quoted(b)).toEqual([['Tom Hale', 'It was the right call']]);
  });
});
