import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a named spokesman of a body written after its country', () => {
  it('gives the words to the spokesman, not to the body he speaks for', () => {
    const b = draft(
      article(
        'Titus Mungo, spokesman for Kenya Red Cross Society, told Agence France-Presse "We are trying to reduce the prevalence".',
      ),
    );
    expect(quoted(b)).toEqual([['Titus Mungo', 'We are trying to reduce the prevalence']]);
  });

  it('reads a body written with initials and stops ("the U.S.-led coalition", "the U.N.")', () => {
    const b = draft(
      article(
        'A spokesperson for the U.S.-led coalition confirmed a “precision air strike” in the area.',
        'A spokesman for U.S. Central Command said the strike was “lawful”.',
        'A spokesman for the U.N. said the attack was “grave”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['U.S.-led coalition', 'precision air strike'],
      ['U.S. Central Command', 'lawful'],
      ['U.N.', 'grave'],
    ]);
  });
});
