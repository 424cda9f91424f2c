import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone unnamed, described by where they are or what they are', () => {
  it('gives the words to "a correspondent in Cairo" and "a senior U.S. general in Iraq"', () => {
    const b = draft(
      article(
        'The army met on Monday. Hosni Mubarak did not speak.',
        'A correspondent in Cairo said, "The army will not move tonight."',
        'U.S. forces are "going to put a great deal of focus on the police issue," a senior U.S. general in Iraq told reporters here today.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['correspondent in Cairo', 'The army will not move tonight.'],
      ['senior U.S. general in Iraq', 'going to put a great deal of focus on the police issue'],
    ]);
  });

  it('never gives "the source" the words of the last person named, but the source described', () => {
    const b = draft(
      article(
        'The army met on Monday. Hosni Mubarak did not speak.',
        '"It affected everyone in the country," said the source.',
        'A military source told The Guardian, "We were facing good fighters." The source added, "We have to admit it."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['source', 'It affected everyone in the country'],
      ['military source', 'We were facing good fighters.'],
      ['military source', 'We have to admit it.'],
    ]);
  });

  it('keeps a description after "Jr." a description of the named person', () => {
    const b = draft(
      article(
        'Edward B. MacMahon Jr., a Virginia attorney for Sterling, said, "He has always maintained his innocence."',
      ),
    );
    expect(quoted(b)).toEqual([['Edward B. MacMahon', 'He has always maintained his innocence.']]);
  });
});
