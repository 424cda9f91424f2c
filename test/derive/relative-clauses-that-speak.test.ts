import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words quoted in a relative clause', () => {
  it('gives them to the body a "which" clause hangs from, past a description', () => {
    const b = draft(
      article(
        'North Korea attacks Abe',
        'The editorial followed a comment by Rodong Sinmun, the ruling party newspaper, which described Abe as a “militarist maniac” last month.',
      ),
    );
    expect(quoted(b)).toEqual([['Rodong Sinmun', 'militarist maniac']]);
  });

  it('gives them to the body named right before "which has"', () => {
    const b = draft(
      article(
        'Law passed',
        'The law was opposed by Human Rights Watch, which has called it “a blow to free speech” in a report.',
      ),
    );
    expect(quoted(b)).toEqual([['Human Rights Watch', 'a blow to free speech']]);
  });

  it('gives them to the person a "who has" clause is about', () => {
    const b = draft(
      article(
        'Budget criticised',
        'The plan was defended by the minister and attacked by Ada Lund, a senator, who has called it “reckless” in the chamber.',
      ),
    );
    expect(quoted(b)).toEqual([['Ada Lund', 'reckless']]);
  });
});
