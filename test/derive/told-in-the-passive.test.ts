import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words someone was told', () => {
  it('never gives the words to the one who was told them', () => {
    const b = draft(
      article(
        'Staff at a clinic in Pretoria were filmed in March.',
        'An undercover reporter, posing as a patient, was told “the treatment is dangerous” and that she would “regret it for ever”.',
        'Anna Lindqvist was told: “You cannot stay here.”',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('gives them to the one who told, where the story names them with "by"', () => {
    const b = draft(article('Anna Lindqvist was told by a nurse: “You cannot stay here.”'));
    expect(quoted(b)).toEqual([['nurse', 'You cannot stay here.']]);
  });
});
