import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a relative of someone the story names only by what they are', () => {
  it.each([
    ['The sister of one of the mobilized men said,', 'sister of one of the mobilized men'],
    ['The mother of a soldier told reporters,', 'mother of a soldier'],
  ])('speaks as someone unnamed after "%s"', (opening, speaker) => {
    const b = draft(
      article(
        'Conscripts held in a basement',
        'Around 20 mobilized Russians were held in a basement in Luhansk.',
        `${opening} “He had already arrived at a military unit in Belgorod.”`,
      ),
    );
    expect(quoted(b)).toEqual([
      [speaker, 'He had already arrived at a military unit in Belgorod.'],
    ]);
  });
});
