import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a line that hands over to the quote below after an aside set off by hyphens', () => {
  it('gives the quote to the person named before "said:", not to a body in the aside', () => {
    const b = draft(
      article(
        'Chair comments on Universal Credit advertorials',
        'Commenting on the first of ten advertorials about Universal Credit - which the Committee has asked DWP about - Rt Hon Frank Field MP, Chair of the Work and Pensions Select Committee, said:',
        '“If the DWP wants to understand the facts, it could look to the evidence we heard this morning.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Frank Field',
        'If the DWP wants to understand the facts, it could look to the evidence we heard this morning.',
      ],
    ]);
  });

  it('still does when a word is quoted before the aside', () => {
    const b = draft(
      article(
        'Chair comments on Universal Credit advertorials',
        'Commenting on the advertorials about the “facts” of Universal Credit - which the Committee has asked DWP about - Rt Hon Frank Field MP, Chair of the Work and Pensions Select Committee, said:',
        '“If the DWP wants to understand the facts, it could look to the evidence we heard this morning.”',
      ),
    );
    expect(quoted(b).at(-1)).toEqual([
      'Frank Field',
      'If the DWP wants to understand the facts, it could look to the evidence we heard this morning.',
    ]);
  });
});
