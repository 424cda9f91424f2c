import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a number inside the description of someone who speaks last in a sentence', () => {
  it('reads "says grade 12 learner Bathande Diko" as her words, and gives her the quote after', () => {
    const b = draft(
      article(
        'Many learners no longer use the toilets, says grade 12 learner Bathande Diko. “We all pee on the grass next to the toilets.”',
      ),
    );
    expect(quoted(b)).toEqual([['Bathande Diko', 'We all pee on the grass next to the toilets.']]);
    expect(b.statements.find((s) => s.kind === 'paraphrase')?.text).toBe(
      'Many learners no longer use the toilets',
    );
  });
});
