import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('headings inside the story', () => {
  it('never takes a heading over a section for the "he" of the quote under it', () => {
    const b = draft(
      article(
        'Airman Leo Brandt spends his weekends building homes in the city.',
        'Quiet Strength',
        '"I like seeing a house go up," he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Leo Brandt', 'I like seeing a house go up']]);
  });
});
