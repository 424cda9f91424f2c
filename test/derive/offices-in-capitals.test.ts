import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('an office written with a capital after “the”', () => {
  it('is the person the story gave that office, as the lower-case role is', () => {
    const b = draft(
      article(
        'Comptroller of the Currency John C. Dugan told a House panel today that supervision works.',
        '"Our regime is not \'enforcement-only\'," the Comptroller said. "Instead, it is better."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['John C. Dugan', "Our regime is not 'enforcement-only'"],
      ['John C. Dugan', 'Instead, it is better.'],
    ]);
  });

  it('leaves an office that a name or what it is of follows to the name', () => {
    const b = draft(
      article(
        'The Administrator of the U.S. Small Business Administration, Maria Contreras-Sweet, today issued the following statement at a Senate hearing:',
        '“Loans are up.',
        '“We are proud of it.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Maria Contreras-Sweet', 'Loans are up.'],
      ['Maria Contreras-Sweet', 'We are proud of it.'],
    ]);
  });

  it('takes “the PM” for the prime minister, not a body called PM', () => {
    const b = draft(
      article(
        'Gordon Brown has congratulated Lewis Hamilton on becoming the youngest ever world champion.',
        'The PM said: “He is the youngest world champion, and the whole country is proud of him.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Gordon Brown', 'He is the youngest world champion, and the whole country is proud of him.'],
    ]);
    expect(b.organisations).toEqual([]);
  });

  it('finds the subject in a role after the place a sentence opens with', () => {
    const b = draft(
      article(
        'Gordon Brown has congratulated Lewis Hamilton on becoming the youngest ever world champion.',
        'Speaking from Doha, Qatar on his tour of the Gulf, the PM said that the whole country was “thrilled” by his talent.',
        'In Downing Street, the prime minister said the win was an “inspirational achievement”.',
        'Referring to the need to reform the International Monetary Fund, the PM said it was not possible to “deal with the problems of 2008 with the institutions of 1945”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Gordon Brown', 'thrilled'],
      ['Gordon Brown', 'inspirational achievement'],
      ['Gordon Brown', 'deal with the problems of 2008 with the institutions of 1945'],
    ]);
  });

  it('takes “The Secretary of State” for the minister, and “Rt Hon” for a title', () => {
    const b = draft(
      article(
        'The Rt Hon David Mundell MP has been reappointed as Secretary of State for Scotland.',
        'The Secretary of State said:',
        '“I am delighted and honoured to have been reappointed Secretary of State for Scotland.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'David Mundell',
        'I am delighted and honoured to have been reappointed Secretary of State for Scotland.',
      ],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['David Mundell']);
  });

  it('takes “The First Minister” for the head of a devolved government', () => {
    const b = draft(
      article(
        'First Minister Nicola Sturgeon has today called for the rights of European Union nationals to be protected.',
        'The First Minister said:',
        '“Scotland voted overwhelmingly to stay in Europe, and its people deserve certainty.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Nicola Sturgeon',
        'Scotland voted overwhelmingly to stay in Europe, and its people deserve certainty.',
      ],
    ]);
  });

  it('keeps a person named after a clause the sentence opens with, though it ends in “campaign”', () => {
    const b = draft(
      article(
        'A teacher recruitment campaign has been expanded to target university undergraduates.',
        'Launching the new phase of the campaign, Deputy First Minister John Swinney said:',
        '“This government’s investment has resulted in 253 more teachers last year.”',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['John Swinney']);
    expect(b.organisations).toEqual([]);
  });

  it('leaves the letters of a member of the Senedd or the Assembly out of a name', () => {
    const b = draft(
      article(
        'The Deputy Minister for Climate Change, Lee Waters MS, asked Huw Irranca-Davies MS to review the path.',
        'Justice Minister Naomi Long MLA welcomed the review of the prisons on Monday.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Lee Waters', 'Huw Irranca-Davies', 'Naomi Long']);
  });

  it('takes a capitalised office of two words, “the Prime Minister”, for the role', () => {
    const b = draft(
      article(
        'The Prime Minister Gordon Brown has thanked the emergency services helping to ease problems caused by the snow.',
        'Appearing on the BBC’s Radio Solent, the Prime Minister said central government was doing everything it could, adding: “If there are things outstanding, we should be told.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Gordon Brown', 'If there are things outstanding, we should be told.'],
    ]);
  });
});
