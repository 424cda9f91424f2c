import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote broken by an attribution that describes its speaker', () => {
  it('keeps the second half with the speaker past initials in the description', () => {
    const b = draft(
      article(
        '"The rules were ignored," says Ada Brook, director of the U.K. office of Open Courts, "and the public paid for it."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Brook', 'The rules were ignored'],
      ['Ada Brook', 'and the public paid for it.'],
    ]);
  });

  it('leaves the second half to a second verb of saying between the two', () => {
    const b = draft(
      article(
        'Mayor Omar Reyes spoke first. "Nothing was hidden," said the mayor\'s chief of staff, Ada Brook of the U.K. office, who also told reporters, "I was there."',
      ),
    );
    expect(quoted(b).at(-1)).toEqual(['Ada Brook', 'I was there.']);
  });

  it('keeps the second half past senators written `Sens.` in the description', () => {
    const b = draft(
      article(
        '“I so wish we did not need to be here,” Nashville Mayor John Cooper told the crowd, which included Sens. Marsha Blackburn and Bill Hagerty, “but we need to be here, together.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['John Cooper', 'I so wish we did not need to be here'],
      ['John Cooper', 'but we need to be here, together.'],
    ]);
  });
});
