import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a speaker with their handle in brackets', () => {
  it('reads past the handle, where they study and the state to the verb', () => {
    const b = draft(
      article(
        'Students worry about the surge.',
        '“I am begging you to avoid hotspots,” Tyler Walker (@tbawalker) of Marietta College in Ohio tweeted.',
        '“Get a test first,” Reilly Cole (@reillycole) of Ohio State University tweeted.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tyler Walker', 'I am begging you to avoid hotspots'],
      ['Reilly Cole', 'Get a test first'],
    ]);
  });
});
