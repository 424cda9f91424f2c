import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);
const organisations = (text: string) => draft(text).organisations.map((o) => o.name);

describe('Navy ratings and abbreviated ranks before a name', () => {
  it('reads "Boatswain\'s Mate 1st Class" as a rating, not as a name with an owner', () => {
    const b = draft(
      article(
        'Sailors painted the school on Monday.',
        '"It was hard work," said Aviation Boatswain\'s Mate 1st Class Dan Roper.',
      ),
    );
    expect(quoted(b)).toEqual([['Dan Roper', 'It was hard work']]);
    expect(b.people.map((p) => p.name)).toEqual(['Dan Roper']);
  });

  it('ends a rating at its last word when no ordinal follows', () => {
    expect(
      people(
        article(
          'Chief Hull Technician Omar Price led the crew.',
          'Senior Airman Lena Voss and Hospital Corpsman Eli Stone helped.',
        ),
      ),
    ).toEqual(['Omar Price', 'Lena Voss', 'Eli Stone']);
  });

  it('reads a bracketed warfare qualification after a rating as part of the title', () => {
    const b = draft(
      article(
        'Sailors judged the science fair on Monday.',
        '"The projects were good," said Fire Controlman 3rd Class (AW/SW) Ana Ruiz.',
        '"They worked hard," said Aviation Machinist\'s Mate (AW/SW) Dan Roper.',
        '"Kids love it," said Religious Program Specialist (SW/AW) Eli Stone.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ana Ruiz', 'The projects were good'],
      ['Dan Roper', 'They worked hard'],
      ['Eli Stone', 'Kids love it'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Dan Roper', 'Eli Stone']);
  });

  it('takes capitals before a given name for an abbreviated rank, not a body', () => {
    const b = draft(
      article(
        'The ship won the games, according to its Command Master Chief, CMDCM Jason T. Hollis.',
        '"We had a great time," he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Jason T. Hollis', 'We had a great time']]);
    expect(b.organisations.map((o) => o.name)).not.toContain('CMDCM Jason T. Hollis');
  });
});

describe('crews, units and ships named like people', () => {
  it('does not make a ship\'s crew ("Hartley Sailors") a person who takes an officer\'s quotes', () => {
    const b = draft(
      [
        'Hartley Sailors Visit Palau',
        '',
        'Sailors of the destroyer USS Hartley visited Palau on Monday.',
        '',
        '"The people were great," said Hartley supply officer Lt. Ivo Brandt.',
        '',
        'Hartley Sailors played softball against local teams.',
      ].join('\n'),
    );
    expect(quoted(b)).toEqual([['Ivo Brandt', 'The people were great']]);
    expect(b.people.map((p) => p.name)).toEqual(['Ivo Brandt']);
  });

  it('takes battalions, wings, sectors and cutters for bodies, not people', () => {
    const text = article(
      'The 4th Engineer Battalion and Ranger Regiment trained with Sector Key West.',
      'Cutter Alder and Garrison Humphreys sent help, and Tern Airmen flew in.',
    );
    expect(people(text)).toEqual([]);
    expect(organisations(text)).toEqual(
      expect.arrayContaining(['Ranger Regiment', 'Cutter Alder', 'Garrison Humphreys']),
    );
  });

  it('reads a qualification in brackets after a title too ("Command Master Chief (AW/SW) Jay Powers")', () => {
    const b = draft(
      article(
        'Sailors scattered the ashes of eight chiefs at sea on Friday.',
        '"A chief petty officer is part of the greatest fraternity," said Stennis Command Master Chief (AW/SW) Jay Powers.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jay Powers', 'A chief petty officer is part of the greatest fraternity'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Jay Powers']);
  });

  it('reads a qualification glued to its rating ("Yeoman 1st Class(SCW) Chrishinda Dobbs")', () => {
    const b = draft(
      article(
        'Sailors from the ship helped build a house on Friday.',
        'Yeoman 1st Class(SCW) Chrishinda Dobbs and Airman Sang Nguyen took part.',
        '"I look forward to seeing the end result," said Dobbs.',
      ),
    );
    expect(quoted(b)).toEqual([['Chrishinda Dobbs', 'I look forward to seeing the end result']]);
    expect(b.people.map((p) => p.name)).toEqual(['Chrishinda Dobbs', 'Sang Nguyen']);
  });

  it('does not end a sentence at "Tech." before a sergeant\'s title ("said Tech. Sgt. Richard Walters")', () => {
    const b = draft(
      article(
        'Airmen renovated the base library this month.',
        '"It was hard work," said Tech. Sgt. Richard Walters, a military training leader.',
      ),
    );
    expect(quoted(b)).toEqual([['Richard Walters', 'It was hard work']]);
  });
});
