import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('officials named with their full office, as federal press releases name them', () => {
  it('reads "in Charge" as the end of the title, before a name, a surname or a comma', () => {
    const b = draft(
      article(
        'Three men are sentenced for selling methamphetamine.',
        '"The cause is obvious," said ATF Special Agent in Charge William Henderson.',
        '"It is over," said Assistant Director in Charge McCabe of the field office.',
        '"Methamphetamine destroys communities," stated DEA Assistant Special Agent in Charge, David Downing.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['William Henderson', 'The cause is obvious'],
      ['McCabe', 'It is over'],
      ['David Downing', 'Methamphetamine destroys communities'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['William Henderson', 'McCabe', 'David Downing']);
    expect(b.organisations.map((o) => o.name)).not.toContain('Charge');
  });

  it('keeps an office written out at length out of the name, and finds the person after it', () => {
    const b = draft(
      article(
        'The Labor Department awards $145 million in grants.',
        '"Communities must think as one," said Assistant Secretary of Labor for Employment and Training John Pallasch.',
      ),
    );
    expect(quoted(b)).toEqual([['John Pallasch', 'Communities must think as one']]);
    expect(b.people.map((p) => p.name)).toEqual(['John Pallasch']);
  });

  it('gives no quote to a group named inside a long office ("Joint Chiefs of Staff"), but to its holder', () => {
    const b = draft(
      article(
        'Afghanistan Campaign Proceeding As Planned, Myers Says',
        'The campaign is going "exactly according to our plans," according to Chairman of the Joint Chiefs of Staff General Richard B. Myers.',
      ),
    );
    // The holder, not "Staff", says the words.
    expect(quoted(b)).toEqual([['Richard B. Myers', 'exactly according to our plans']]);
  });

  it('gives the quote to the person named after a body and an office ("U.S. Secret Service Special Agent in Charge Robert Engel")', () => {
    const b = draft(
      article(
        'A Florida man is arrested for passing counterfeit notes.',
        '“This case is an excellent example,” said U.S. Secret Service Special Agent in Charge Robert Engel, of the Tampa Field Office.',
      ),
    );
    expect(quoted(b)).toEqual([['Robert Engel', 'This case is an excellent example']]);
  });

  it('reads dotted initials between a given name and a surname as initials ("Deborah A.P. Hersman")', () => {
    const b = draft(
      article(
        'Safety board chairman speaks in Cleveland.',
        'National Transportation Safety Board Chairman Deborah A.P. Hersman said Friday that distraction was the top challenge.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Deborah A.P. Hersman']);
    expect(b.organisations.map((o) => o.name)).not.toContain('Deborah A.P. Hersman');
  });

  it('takes a single surname after an inverted verb, never introduced in full, for a person', () => {
    const b = draft(
      article(
        'The park invites the public to share memories.',
        '"The park holds special memories for countless people," said Creachbaum. "We hope anyone will share them."',
        '"It was hard work," said Tech. Sgt. Richard Walters.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Creachbaum', 'The park holds special memories for countless people'],
      ['Creachbaum', 'We hope anyone will share them.'],
      ['Richard Walters', 'It was hard work'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Creachbaum', 'Richard Walters']);
  });

  it('takes a name with a star after it, marking a changed name, for the person it stands for', () => {
    const b = draft(
      article(
        'Survivors met police at a community dialogue.',
        '“The case of my child did not go anywhere,” said Zingiswa*. “That did not help us.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Zingiswa', 'The case of my child did not go anywhere'],
      ['Zingiswa', 'That did not help us.'],
    ]);
  });

  it("splits a country of several words from the name after it, but not from a body's name", () => {
    const b = draft(
      article(
        'The Treasury awards $104 million to community lenders.',
        '"These lenders play a critical role," said Treasurer of the United States Rosie Rios.',
        'The United States Geological Survey recorded the quake.',
      ),
    );
    expect(quoted(b)).toEqual([['Rosie Rios', 'These lenders play a critical role']]);
    expect(b.people.map((p) => p.name)).toEqual(['Rosie Rios']);
    expect(b.organisations.map((o) => o.name)).toContain('United States Geological Survey');
  });

  it('reads a conservationist\'s office before a name as an office ("State Conservationist Eric B. Banks")', () => {
    const b = draft(
      article(
        'Landowners can get a free conservation plan.',
        'State Conservationist Eric B. Banks encourages landowners to apply.',
        '"Landowners can apply," said Banks.',
      ),
    );
    expect(quoted(b)).toEqual([['Eric B. Banks', 'Landowners can apply']]);
  });

  it('lists no one for a sentence opened by "Besides", nor for a librarian\'s office', () => {
    const b = draft(
      article(
        'Engineers hold their annual conference.',
        'Besides Afghanistan, the district works in Korea and Japan.',
        'The deputy Librarian spoke, and Jane Roe, a librarian, read aloud.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Jane Roe']);
  });

  it('leaves an office of several words out of the name after it', () => {
    const b = draft(
      article(
        'As part of his visit, Minister for the Middle East and North Africa Alistair Burt visited Washington on Monday.',
        '"It is a great day," Burt said.',
      ),
    );
    expect(quoted(b)).toEqual([['Alistair Burt', 'It is a great day']]);
    expect(b.people.map((p) => p.name)).toEqual(['Alistair Burt']);
  });

  it('names no one in the words after “and” that end an office', () => {
    const b = draft(
      article(
        'In response to the tragedy, the Commission has made €5 million available. Louis Michel, the European Commissioner for Development and Humanitarian Aid, explained: "Innocent people are suffering."',
        'The Minister of Mines and Energy Dilma Roussef, who joined the talks, agreed.',
      ),
    );
    expect(quoted(b)).toEqual([['Louis Michel', 'Innocent people are suffering.']]);
    expect(b.people.map((p) => p.name)).toEqual(['Louis Michel', 'Dilma Roussef']);
  });

  it('takes a single name with a star, set off before its description, for a person', () => {
    const b = draft(
      article(
        'Asylum seekers queue at Customs House every day.',
        '“You stand in a queue from five o’clock,” Pierre*, a 37-year-old Congolese refugee, told GroundUp. He had come twice.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Pierre']);
    expect(quoted(b)).toEqual([['Pierre', 'You stand in a queue from five o’clock']]);
  });
});
