import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('places in an apposition', () => {
  it('skips places listed together in an apposition ("for the Middle East, East Africa and Central Asia,")', () => {
    const b = draft(
      article(
        'On Monday, Admiral William J. Fallon, the commanding officer of United States Central Command which is responsible for the Middle East, East Africa and Central Asia, speaking in Financial Times, said that a strike against Iran is "not in the offing."',
      ),
    );
    expect(quoted(b)).toEqual([['William J. Fallon', 'not in the offing.']]);
  });
});
