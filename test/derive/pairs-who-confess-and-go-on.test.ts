import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a pair who confess, then go on to say more', () => {
  it('gives a partial quote after "confessed that" to the two named people', () => {
    const b = draft(
      article(
        'On their joint blog, Lena Park and Tomas Reyes confessed that they felt "ashamed of the council" after the vote.',
      ),
    );
    expect(quoted(b)).toEqual([['Park and Reyes', 'ashamed of the council']]);
  });

  it('gives a quote after "they went on to say" to the pair named before', () => {
    const b = draft(
      article(
        'Lena Park and Tomas Reyes said the vote was "rushed through at night".',
        'They went on to say that the mayor\'s budget "leaves the libraries to rot".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Park and Reyes', 'rushed through at night'],
      ['Park and Reyes', 'leaves the libraries to rot'],
    ]);
  });

  it('gives a quote after "goes on to add" to the one who spoke before', () => {
    const b = draft(
      article(
        'Harbour master Ines Kowal said the storm was "the worst in forty years".',
        'Kowal goes on to add that the pier "will not open before spring".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ines Kowal', 'the worst in forty years'],
      ['Ines Kowal', 'will not open before spring'],
    ]);
  });
});
