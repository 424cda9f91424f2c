import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('agreeing in words', () => {
  it('gives a quote after "concurred that" to the subject, as after "agreed that"', () => {
    const b = draft(
      article(
        'Blogger Ann Rolle wrote about the vote on Friday.',
        'Rolle concurred that the election was a "landmark" one.',
      ),
    );
    expect(quoted(b)).toEqual([['Ann Rolle', 'landmark']]);
  });
});
