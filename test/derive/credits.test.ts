import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);

describe('photo and translation credits are not people', () => {
  it('leaves out a photographer named after "Photo taken by" and "picture by"', () => {
    expect(
      people(
        article(
          'Marchers filled the square, said organiser Ruth Kellerman.',
          'Marchers near the town hall. Photo taken by Ines Valbuena.',
          'The march ended at dusk. Picture by Ines Valbuena.',
        ),
      ),
    ).toEqual(['Ruth Kellerman']);
  });

  it('leaves out a credit after "Image:" glued to a year, and one with a licence after it', () => {
    expect(
      people(
        article(
          'The senator spoke at length, said aide Marta Quill.',
          'The senator in 2019Image: Joel Brannigan.',
          'A rally outside the court. Photo of Nadia Stroud (CC BY 2.0).',
        ),
      ),
    ).toEqual(['Marta Quill']);
  });

  it('keeps a photographer the story also names elsewhere', () => {
    expect(
      people(
        article(
          'Photographer Ines Valbuena said the crowd was calm.',
          'Marchers near the town hall. Photo by Ines Valbuena.',
        ),
      ),
    ).toEqual(['Ines Valbuena']);
  });

  it('leaves out a translator credited at the end', () => {
    expect(
      people(
        article('Voters queued for hours, said clerk Tomas Berg.', 'Translated by Oona Lindqvist.'),
      ),
    ).toEqual(['Tomas Berg']);
  });

  it('leaves out the photographer of a thumbnail credited with its licence', () => {
    expect(
      people(
        article(
          'Voters queued for hours, said clerk Tomas Berg.',
          'The image used in this post, "Queue", is by Rafe Ostrander, used under a Creative Commons licence. Visit Rafe Ostrander\'s flickr photostream.',
          'Thumbnail image by Flickr user Mirela Vukovic, under Creative Commons licence.',
        ),
      ),
    ).toEqual(['Tomas Berg']);
  });
});
