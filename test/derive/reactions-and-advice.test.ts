import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('reactions, advice and challenges in words', () => {
  it('gives a quote after "reacted that", "advised" and "challenged … to" to the subject', () => {
    const b = draft(
      article(
        'The government opposes the bill; Catherine Colonna, Minister charged with European Affairs, reacted that "It is the task of historians and not of lawmakers to clarify history."',
        'After the coup, the United States Department of State advised "U.S. citizens reconsider any non-essential travel to Thailand".',
        'Chair of the inquiry, Helena Kennedy challenged politicians to "rise above their party ranks".',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Catherine Colonna',
        'It is the task of historians and not of lawmakers to clarify history.',
      ],
      [
        'United States Department of State',
        'U.S. citizens reconsider any non-essential travel to Thailand',
      ],
      ['Helena Kennedy', 'rise above their party ranks'],
    ]);
  });

  it('reads "sighs", "offers" and "expressed" after a quote as its attribution', () => {
    const b = draft(
      article(
        'Zaynab Khadr visited the court on Monday. "None of us have ever tried to leave the country," Khadr sighs.',
        'Aileen Tan makes costumes. "When deciding on costumes," she offers, "we consider the character."',
        '"It is devastating to hear of the loss of a life," expressed Mike Dombeck.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Zaynab Khadr', 'None of us have ever tried to leave the country'],
      ['Aileen Tan', 'When deciding on costumes'],
      ['Aileen Tan', 'we consider the character.'],
      ['Mike Dombeck', 'It is devastating to hear of the loss of a life'],
    ]);
  });

  it('reads "summarized", "mused" and "confided" after a quote as its attribution', () => {
    const b = draft(
      article(
        'Speaker Ivar Lindqvist spoke to the chamber on Monday.',
        '"In this situation, it would be right to change the code," Lindqvist summarized.',
        'Hanna Berg, a novelist, was asked about the prize. "Perhaps the prize was never the point," she mused.',
        '"I was afraid every single day," Berg confided to the audience.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ivar Lindqvist', 'In this situation, it would be right to change the code'],
      ['Hanna Berg', 'Perhaps the prize was never the point'],
      ['Hanna Berg', 'I was afraid every single day'],
    ]);
  });

  it('gives words a speaker lashed something as to the speaker', () => {
    const b = draft(
      article(
        'Former Prime Minister Paul Keating has attacked the government over the submarine deal.',
        'Keating lashed the deal as “the worst international decision by an Australian Labor government” in a century.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Paul Keating', 'the worst international decision by an Australian Labor government'],
    ]);
  });
});
