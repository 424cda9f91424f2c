import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a news outlet called by its kind', () => {
  it('is the outlet the story named last: "the magazine said"', () => {
    const b = draft(
      article(
        'NIST work among the top science news of 2010',
        'Physics World selected NIST demonstrations as number seven of the top 10 breakthroughs of 2010. The magazine said NIST physicists “have shown us the human face of relativity.”',
      ),
    );
    expect(quoted(b)).toEqual([['Physics World', 'have shown us the human face of relativity.']]);
  });
});
