import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a plea in words', () => {
  it('reads "she appealed" after a quote as its attribution', () => {
    const b = draft(
      article(
        'Haseena Gul, a trainee pilot, is being treated in Islamabad.',
        '"They will not let me study in Chitral," she appealed to the government.',
      ),
    );
    expect(quoted(b)).toEqual([['Haseena Gul', 'They will not let me study in Chitral']]);
  });
});
