import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a crowd that answers', () => {
  it('is a group that speaks, as protesters are', () => {
    const b = draft(
      article(
        '“Don’t boo,” Barack Obama said. “Hashtags are nice, but they don’t do anything. Vote.”',
        'And the crowd responded: “Vote.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Barack Obama', 'Don’t boo'],
      ['Barack Obama', 'Hashtags are nice, but they don’t do anything. Vote.'],
      ['Crowd', 'Vote.'],
    ]);
  });
});
