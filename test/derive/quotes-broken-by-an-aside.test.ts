import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote broken by its attribution and an aside', () => {
  it('goes on with a quote broken by "said X, of the Schwab campaign,", no campaign\'s name', () => {
    const b = draft(
      article(
        'Secretary of State Scott Schwab faced new criticism from his challenger on Tuesday.',
        '“Once again,” said Lydia Meiss, of the Schwab campaign, “he is misrepresenting the facts.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Lydia Meiss', 'Once again'],
      ['Lydia Meiss', 'he is misrepresenting the facts.'],
    ]);
  });
});
