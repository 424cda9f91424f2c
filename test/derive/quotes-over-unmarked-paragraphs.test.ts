import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a statement run over paragraphs printed without marks', () => {
  it('quotes each paragraph between an opening left open and a later closing mark', () => {
    const b = draft(
      article(
        'Speaking ahead of the meeting, Chair Kathleen Funchion said: "The Committee meets today to discuss youth work.',
        'I am fully aware of the importance of youth work to Irish society.',
        'We look forward to hearing from the stakeholders about the challenges facing the providers."',
        'The meeting can be viewed on Oireachtas TV.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kathleen Funchion', 'The Committee meets today to discuss youth work.'],
      ['Kathleen Funchion', 'I am fully aware of the importance of youth work to Irish society.'],
      [
        'Kathleen Funchion',
        'We look forward to hearing from the stakeholders about the challenges facing the providers.',
      ],
    ]);
  });

  it('quotes nothing more where no later paragraph closes the quote', () => {
    const b = draft(
      article(
        'The chair, Kathleen Funchion, said: "The Committee meets today to discuss youth work.',
        'The meeting can be viewed on Oireachtas TV.',
        'The committee has met eleven times this year.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kathleen Funchion', 'The Committee meets today to discuss youth work.'],
    ]);
  });
});
