import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const peopleIn = (...paragraphs: string[]) =>
  draft(article('A story', ...paragraphs)).people.map((p) => p.name);

describe('people lists without clauses, peoples, malls or publications', () => {
  it('reads no clause after a comma as a description of the word before it', () => {
    expect(
      peopleIn(
        'Bob Hawke said he was always the people’s choice.',
        'Julia Gillard shoved out a first term PM, while Hawke replaced an opposition leader.',
      ),
    ).toEqual(['Bob Hawke', 'Julia Gillard']);
  });

  it('keeps the role of a description, without the adverb before it or a joining word after', () => {
    const b = draft(
      article(
        'A story',
        'Bob Hogg, initially Hawke’s senior political adviser and later ALP national secretary, says Hawke had “most of the features of a good leader”.',
      ),
    );
    expect(b.people.find((p) => p.name === 'Bob Hogg')?.role).toBe(
      'Hawke’s senior political adviser',
    );
  });

  it('names no person after a people, a mall or a kind of publication', () => {
    expect(
      peopleIn(
        'Indigenous Australians deserve a voice, Ken Wyatt said.',
        'Residents marched to Blue Route Mall on Monday.',
        'Publication Astra reported that 20 men were held in a basement.',
      ),
    ).toEqual(['Ken Wyatt']);
  });
});
