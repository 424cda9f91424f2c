import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('a verb in a headline that capitalises every word', () => {
  it('is no part of the name after the title before it', () => {
    const b = draft(
      article(
        'Israeli Minister Amichai Eliyahu was suspended on Sunday.',
        'He said that a strike is “an option.”',
      ).replace(
        'A headline for the test story',
        'Israeli Minister Calls Nuclear Attack on Gaza “An Option”',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Amichai Eliyahu']);
  });
});
