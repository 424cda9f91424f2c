import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"other" before a role noun', () => {
  it('makes "his other daughter" someone new, not the daughter the story named', () => {
    const b = draft(
      article(
        'The Lund daughter, 12-year-old Mia, was found safe on Sunday. His other daughter waited at the school. She said, "We never gave up hope."',
      ),
    );
    expect(quoted(b)).toEqual([['other daughter', 'We never gave up hope.']]);
  });
});
