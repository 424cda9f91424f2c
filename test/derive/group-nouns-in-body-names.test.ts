import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a group’s noun that opens a body’s name', () => {
  it('reads "Farmers Union Director Paul Zakariya" as the person, whom the next "he" stands for', () => {
    const b = draft(
      article(
        'Zimbabwe Farmers Union Director Paul Zakariya tells VOA crops are feeling the heat.',
        '“We are looking at maize, we are looking at cotton,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Paul Zakariya', 'We are looking at maize, we are looking at cotton'],
    ]);
  });

  it('still reads farmers named on a day as a group', () => {
    const b = draft(article('Farmers Monday said the rains had failed, and “the crop is lost.”'));
    expect(quoted(b)).toEqual([['Farmers', 'the crop is lost.']]);
  });
});
