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

  it('takes a title in capitals inside a sentence for no one’s words', () => {
    const b = draft(
      article(
        'U.S. Rep. Rashida Tlaib appeared on “Meet the Press” this weekend, saying she backs an “upgraded version of pay-to-play” inquiry.',
        '“Captain Smith,” Tlaib said, “was wrong.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rashida Tlaib', 'upgraded version of pay-to-play'],
      ['Rashida Tlaib', 'Captain Smith'],
      ['Rashida Tlaib', 'was wrong.'],
    ]);
  });
});
