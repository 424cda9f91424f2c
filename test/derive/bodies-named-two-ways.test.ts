import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('one body named two ways', () => {
  it('makes "the Norwegian health ministry" and "Norway\'s health ministry" one speaker', () => {
    const b = draft(
      article(
        'Doctors in Oslo are worried. "Clinics will stay open," said the Norwegian health ministry in a statement.',
        'Later, "no new cases were found," said Norway\'s health ministry.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Norwegian health ministry', 'Clinics will stay open'],
      ['Norwegian health ministry', 'no new cases were found'],
    ]);
    expect(b.organisations.find((o) => o.name === 'Norwegian health ministry')?.aliases).toEqual([
      "Norway's health ministry",
    ]);
  });

  it('keeps the whole name of "the office of the Fiji Prime Minister"', () => {
    const b = draft(
      article(
        'Boats searched the reef. "We will keep looking," said the office of the Fiji Prime Minister in a statement.',
      ),
    );
    expect(quoted(b)).toEqual([['Office of the Fiji Prime Minister', 'We will keep looking']]);
  });

  it("takes a misspelt first word of a body's name, two letters swapped, for that body", () => {
    const b = draft(
      article(
        'The race is run by Corvane Motor Group, which planned it for a year.',
        'Later Covrane said the race would go on. "Nothing can stop it," they said.',
      ),
    );
    expect(quoted(b)).toEqual([['Corvane Motor Group', 'Nothing can stop it']]);
  });

  it('takes "the centre" for the body whose name ends in "Center", the one named last so far', () => {
    const b = draft(
      article(
        'The Northern Flood Warning Center said rivers were rising.',
        'The centre noted that "levels are still climbing."',
        'Later the Coastal Storm Warning Center issued a notice.',
      ),
    );
    expect(quoted(b)).toEqual([['Northern Flood Warning Center', 'levels are still climbing.']]);
  });

  it('takes "the news agency" for the outlet the story spoke of last', () => {
    const b = draft(
      article(
        'Reporters from the channel Nordlys were held. Nordlys said the arrests were wrong.',
        'In a statement, the news agency added: "We will keep reporting."',
      ),
    );
    expect(quoted(b)).toEqual([['Nordlys', 'We will keep reporting.']]);
  });

  it("takes a body's name without what is written before it for the same body", () => {
    const b = draft(
      article(
        'Talks were held at the U.N. Trade Council this week.',
        'Later the Trade Council said "no deal was reached."',
      ),
    );
    expect(b.organisations.map((o) => [o.name, ...o.aliases])).toEqual([
      ['U.N. Trade Council', 'Trade Council'],
    ]);
  });

  it('leaves the small word before a date out of a body\'s name ("the Trade Council on Monday")', () => {
    const b = draft(article('The Harbour Trade Council on Monday said fees would rise.'));
    expect(b.organisations.map((o) => o.name)).toEqual(['Harbour Trade Council']);
  });

  it('takes a company named again without "Corporation" for the company', () => {
    const b = draft(
      article(
        'Zoo operator Tam Kee Corporation closed the park in May.',
        'Tam Kee has promised the keepers "a fair settlement".',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
    expect(quoted(b)).toEqual([['Tam Kee Corporation', 'a fair settlement']]);
  });
});
