import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone a sentence ends on as its example', () => {
  it('gives the next "he" to the one named after ", like"', () => {
    const b = draft(
      article(
        'Speaking with VOA, Democratic Senator Chris Murphy said he is less optimistic about a deal.',
        'Stumbling blocks confirm the worst fears of critics of diplomacy with Iran, like Republican Senator Ted Cruz.',
        '“This deal goes from bad to worse to catastrophic,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Ted Cruz', 'This deal goes from bad to worse to catastrophic']]);
  });

  it('leaves the subject alone when the example is not where the sentence ends', () => {
    const b = draft(
      article(
        'Democratic Senator Chris Murphy, like Republican Senator Ted Cruz, doubts the deal.',
        '“This deal goes from bad to worse,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Chris Murphy', 'This deal goes from bad to worse']]);
  });

  it('gives the next "she" to an example set off after a group no one names', () => {
    const b = draft(
      article(
        'Leticia Denis from France gives China high marks. “The Olympic grounds are very good,” Denis said.',
        'But those who do get in, like Susan Robinson from Britain, are enjoying the clean air. “When I first got here, it was very smoggy,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Leticia Denis', 'The Olympic grounds are very good'],
      ['Susan Robinson', 'When I first got here, it was very smoggy'],
    ]);
  });
});
