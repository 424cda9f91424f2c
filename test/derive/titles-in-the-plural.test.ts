import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('a title in the plural before a list of names', () => {
  it('is no part of the first name in the list', () => {
    const b = draft(
      article(
        'After the defeat, Republican Senators Dan Coats of Indiana and John McCain of Arizona asked Brown to run again.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Dan Coats', 'John McCain']);
  });

  it('leaves a plural before words that are no given name in the name it opens', () => {
    const b = draft(article('Thousands came to the Veterans Day Retreat Ceremony on Monday.'));
    expect(b.people).toEqual([]);
  });
});
