import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body, then an office, then the name after an inverted "said"', () => {
  it('gives the words to the principal named after her school', () => {
    const b = draft(
      article(
        'Sailors read to pupils on Monday.',
        '"I think they were really excited," said Walton Elementary School Principal Gwen Gardner.',
      ),
    );
    expect(quoted(b)).toEqual([['Gwen Gardner', 'I think they were really excited']]);
  });

  it('lets a number go with the body ("EPA Region 7 Administrator Jim Gulliford")', () => {
    const b = draft(
      article(
        'The agency cleaned up twelve sites this year.',
        '"The Region 7 staff have accomplished much in FY 2018," said EPA Region 7 Administrator Jim Gulliford.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jim Gulliford', 'The Region 7 staff have accomplished much in FY 2018'],
    ]);
  });
});
