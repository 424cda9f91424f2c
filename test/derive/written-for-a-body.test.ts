import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words written for a body, and bodies referred to again', () => {
  it('gives words "according to" a post made "on behalf of the jury" to the jury, not its writers', () => {
    const b = draft(
      article(
        'According to a letter from Jo Kask and Mari Tamm sent on behalf of the jury, Tallinn was chosen because of its "strong, organized team" and "detailed budget."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jury', 'strong, organized team'],
      ['Jury', 'detailed budget.'],
    ]);
  });
});
