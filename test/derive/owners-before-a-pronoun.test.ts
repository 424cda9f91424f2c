import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a person named as an owner, then "she said"', () => {
  it('gives the words to the owner when the sentence before had no one as its subject', () => {
    const b = draft(
      article(
        'Sewage has flowed through the streets of Ermelo for years.',
        'Sakhi Ngomane’s house is close to one manhole.',
        '“I have been staying here for more than seven years,” she told OurHealth.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Sakhi Ngomane', 'I have been staying here for more than seven years'],
    ]);
  });

  it('keeps the subject of the sentence before over an owner named in it', () => {
    const b = draft(
      article('Ada Lund criticised Per Aas’s plan on Monday.', '“It will not work,” she said.'),
    );
    expect(quoted(b)).toEqual([['Ada Lund', 'It will not work']]);
  });

  it('takes a surname capitalised at the start of a sentence as the person named in full', () => {
    const b = draft(
      article(
        'The leader of al-Qaeda, Osama bin Laden, has released a new audio tape.',
        'Bin Laden’s message has yet to be verified, but in the tape he calls for an end to “the aggression”.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Osama bin Laden']);
    expect(quoted(b)).toEqual([['Osama bin Laden', 'the aggression']]);
  });
});
