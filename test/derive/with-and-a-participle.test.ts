import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words of the one named after "with", before a participle', () => {
  it('gives them to the person, past where they work', () => {
    const b = draft(
      article(
        'Even Fox News joined in the criticism, with Neil Cavuto of Fox Business calling the comments “disgusting.”',
      ),
    );
    expect(quoted(b)).toEqual([['Neil Cavuto', 'disgusting.']]);
    // `Business` ends a body's name, as `News` does: Fox Business is no person.
    expect(b.people.map((p) => p.name)).toEqual(['Neil Cavuto']);
  });
});
