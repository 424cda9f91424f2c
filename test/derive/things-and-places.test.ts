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
});
