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

  it('names "His younger brother" after the man the story is about, and keeps "she" for her', () => {
    const b = draft(
      article(
        'Music star Wyclef Jean is to seek Haiti’s presidency. Jean said in an interview that he would “serve my country.” His younger brother also said that his candidacy was “very serious.”',
        'Aretha Franklin grew up in Detroit. Her father was a preacher. She told Vogue in 2015 that the song was “important to people.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Wyclef Jean', 'serve my country.'],
      ["Wyclef Jean's younger brother", 'very serious.'],
      ['Aretha Franklin', 'important to people.'],
    ]);
  });

  it('never takes a son named after his mother for the next "she"', () => {
    const b = draft(
      article(
        'Anti-war activist Cindy Sheehan addressed the crowd. Sheehan’s son was killed while serving in Iraq. She recalled another march. “Forty years ago, there was a march on the Pentagon,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Cindy Sheehan', 'Forty years ago, there was a march on the Pentagon'],
    ]);
  });
});
