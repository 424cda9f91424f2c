import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a label someone gives in their own words', () => {
  it('is the words of whoever labels, not a name for a thing', () => {
    const b = draft(
      article(
        'Gaddafi defiant',
        'The rebels are within 25km of Tripoli.',
        'Muammar Gaddafi labelled the rebels as "rats" on Sunday.',
      ),
    );
    expect(quoted(b)).toEqual([['Muammar Gaddafi', 'rats']]);
  });

  it('leaves a thing labelled in the passive with no speaker', () => {
    const b = draft(
      article(
        'Law passed',
        'Muammar Gaddafi signed the law on Sunday.',
        'The law was labelled as "draconian" in the capital.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
