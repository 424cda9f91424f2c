import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('encouraging someone in the words quoted', () => {
  it('gives a partial quote after "encouraged people to" to the subject, as after "urged"', () => {
    const b = draft(
      article(
        'The fire chief for the valley, Nora Lind, encouraged residents to "stay indoors until the smoke clears."',
      ),
    );
    expect(quoted(b)).toEqual([['Nora Lind', 'stay indoors until the smoke clears.']]);
  });
});
