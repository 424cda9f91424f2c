import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const people = (text: string) => draft(article(text)).people.map((p) => p.name);

describe('things and places that are not people', () => {
  it('lists no person for a name in a list of "cities such as …"', () => {
    expect(
      people(
        'The storm was felt in cities such as Porto Alegre, Villa del Rey, Lumen Grande and Caxias. Officer Maria Souza said roads were shut.',
      ),
    ).toEqual(['Maria Souza']);
  });

  it('lists no person for a name in a list that a plural place word closes', () => {
    expect(
      people(
        'Rain fell across the Maule, Nuble Garza, Biobío and Araucanía regions. Officer Maria Souza said roads were shut.',
      ),
    ).toEqual(['Maria Souza']);
  });

  it('lists no person for a name in a list of places closed by "and", but keeps one who acts', () => {
    expect(
      people(
        'Flights to Chile, Peru, Rosa Blanca and Bolivia were cut. In Lima, Peru, Jorge Tamayo said so.',
      ),
    ).toEqual(['Jorge Tamayo']);
  });

  it('lists no person for a landfill or a mine', () => {
    expect(
      people('Director Ann Kole visited the Kessler Landfill near the Tobin Copper Mine.'),
    ).toEqual(['Ann Kole']);
  });

  it('lists no person for a name a "site" follows', () => {
    expect(people('Director Ann Kole visited the Marlow Tessier site.')).toEqual(['Ann Kole']);
  });

  it('lists no person for a programme list', () => {
    expect(people('Director Ann Kole updated the Carter Emphasis List.')).toEqual(['Ann Kole']);
  });

  it('lists no person for a thing numbered in a series after "the" or before a noun', () => {
    expect(
      people(
        'Director Ann Kole showed parts for the Orion IV test flight. Hermes III hardware was shipped.',
      ),
    ).toEqual(['Ann Kole']);
    expect(people('Director Ann Kole met Queen Margarethe II and Abdullah II.')).toEqual([
      'Ann Kole',
      'Margarethe II',
      'Abdullah II',
    ]);
  });

  it('lists no person for a nickname "Big X"', () => {
    expect(
      people(
        'Visitors came back to the Big Kahuna this week, Director Ann Kole said. Kahuna hotels are full.',
      ),
    ).toEqual(['Ann Kole']);
  });

  it('takes a name that opens or ends with "Radio" for a broadcaster', () => {
    const b = draft(
      article(
        'The fire spread, according to Radio Montaña. Director Ann Kole said so on Kaya Radio.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ann Kole']);
    expect(b.organisations.map((o) => o.name)).toEqual(['Radio Montaña', 'Kaya Radio']);
  });

  it('lists no person for a title a list of works opens with', () => {
    expect(people('Fans pasted Governor Tom Reyes into films such as Dallas Tremont.')).toEqual([
      'Tom Reyes',
    ]);
  });
});
