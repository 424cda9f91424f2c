import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"she" after a woman named where no subject is a woman', () => {
  it('goes to the woman named in the sentence before, not to a subject of unknown sex', () => {
    const b = draft(
      article(
        'Democrats took control of Congress, bringing new challenges for President Bush.',
        'As Democrats assumed power, they made history by selecting California Congresswoman Nancy Pelosi as the first woman speaker of the House.',
        '“We have made history,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Nancy Pelosi', 'We have made history']]);
  });

  it('not to the reporter someone spoke to', () => {
    const b = draft(
      article(
        'Reporter Tolit Olwor-Atiya is there and spoke to VOA reporter Joe De Capua about the camp.',
        '“Gulu has been a rather sleepy town,” he says.',
      ),
    );
    expect(quoted(b)).toEqual([['Tolit Olwor-Atiya', 'Gulu has been a rather sleepy town']]);
  });
});
