import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone introduced by office and named later', () => {
  it('gives the opening office’s words to the one person named with that title', () => {
    const b = draft(
      article(
        'A federal judge on Wednesday declined to approve a settlement, saying a recent ruling has potentially “thrown a wrench into the works.”',
        'The tribes sued the county in 2022 over how its board is elected.',
        'U.S. District Judge Richard Rossiter Jr. said he could not approve the deal yet.',
      ),
    );
    expect(quoted(b)).toEqual([['Richard Rossiter', 'thrown a wrench into the works.']]);
  });

  it('leaves someone unnamed when two people hold the title', () => {
    const b = draft(
      article(
        'A federal judge on Wednesday declined to approve a settlement, saying a recent ruling has potentially “thrown a wrench into the works.”',
        'Judge Ada Lund and Judge Per Olsen heard the case together.',
      ),
    );
    expect(quoted(b)).toEqual([['federal judge', 'thrown a wrench into the works.']]);
  });
});
