import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/derive/clean-article.ts';
import { findDate, isDateLine } from '../../src/derive/dates.ts';

describe('cleaning an article', () => {
  it('drops captions that end in their credit and the sources list after the story', () => {
    const article = cleanArticle(
      [
        'Museum opens new wing',
        '',
        'Monday, March 3, 2025',
        '',
        'The museum opened a new wing on Monday.',
        '',
        'Visitors queue at the entrance. Image: Nick Moreau.',
        '',
        'The wing holds 200 paintings.',
        '',
        'Sources',
        '',
        '"Museum opens wing" — City Times, March 3, 2025',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'The museum opened a new wing on Monday.',
      'The wing holds 200 paintings.',
    ]);
  });

  it('finds the date line, the headline and the publisher glued to it, and numbers the body', () => {
    const article = cleanArticle(
      [
        'Saturday, July 20, 2024',
        '',
        'Putin receives lavish welcome in North Korea -Dlight News',
        '',
        'Unlock the Editor’s Digest for free',
        '',
        'Vladimir Putin and Kim Jong Un have signed a strategic partnership.',
        '',
        'The Russian president said Moscow might develop ties.',
        '',
        'Related Articles',
        '',
        'Some other story',
        '',
        '- Advertisement -',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      date: '2024-07-20',
      headline: 'Putin receives lavish welcome in North Korea',
      publisher: 'Dlight News',
      paragraphs: [
        'Vladimir Putin and Kim Jong Un have signed a strategic partnership.',
        'The Russian president said Moscow might develop ties.',
      ],
    });
    expect(article.removed).toEqual([
      'Saturday, July 20, 2024',
      'Unlock the Editor’s Digest for free',
      'Related Articles',
      'Some other story',
      '- Advertisement -',
    ]);
  });

  it('takes off a byline glued to the first words and a dateline with its agency', () => {
    const article = cleanArticle(
      'Headline here\n\nBy Jane DoeLONDON (Reuters) - Ministers met on Monday to agree a plan.\n',
    );
    expect(article.paragraphs).toEqual(['Ministers met on Monday to agree a plan.']);
    expect(article).toMatchObject({ dateline: 'LONDON', agency: 'Reuters' });
    expect(article.removed).toEqual(['By Jane Doe', 'LONDON (Reuters) -']);
  });

  it('takes off a dateline in ordinary case that carries the date', () => {
    const article = cleanArticle(
      'Headline here\n\nWashington, D.C., February 16, 2007 -- Liberian President Ellen Johnson Sirleaf says aid has helped.\n',
    );
    expect(article.paragraphs).toEqual([
      'Liberian President Ellen Johnson Sirleaf says aid has helped.',
    ]);
    expect(article.dateline).toBe('Washington, D.C.');
    const upper = cleanArticle(
      'Headline here\n\nWASHINGTON, Oct. 7, 2007 - The spokesman spoke.\n',
    );
    expect(upper.paragraphs).toEqual(['The spokesman spoke.']);
    const base = cleanArticle(
      'Headline here\n\nNORTHFIELD ARMY AIR BASE, Ohio, Mar. 3, 2009 – The general spoke.\n',
    );
    expect(base.paragraphs).toEqual(['The general spoke.']);
    expect(base.dateline).toBe('NORTHFIELD ARMY AIR BASE, Ohio');
  });

  it('drops sharing, subscription and advertising lines and sign-offs inside the story', () => {
    const article = cleanArticle(
      [
        'Headline here',
        'By Mike Castellano, Business Reporter',
        'The first paragraph of the story is here.',
        'Share this article',
        'Advertisement',
        'The second paragraph of the story is here.',
        'Subscribe to the Riverton Gazette for £1 a week',
        'Reporting by Sarah Dunn; Editing by Paul Marsh',
        'Copyright 2025 Bayline Media. All rights reserved.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'The first paragraph of the story is here.',
      'The second paragraph of the story is here.',
    ]);
    expect(article.publisher).toBe('Bayline Media');
  });

  it('joins lines wrapped at a fixed width back into their paragraph', () => {
    const article = cleanArticle(
      [
        'Council approves bus lanes',
        '',
        'The council approved three new bus lanes on Monday after a long',
        'debate that ran late into the night and ended with a narrow vote.',
        '',
        'The lanes will open in May, the council said, and will run along',
        'the ring road between the station and the hospital on weekdays.',
        '',
        'Advertisement',
        '',
        'Drivers’ groups said they would challenge the decision in the',
        'courts.',
      ].join('\n'),
    );
    expect(article.headline).toBe('Council approves bus lanes');
    expect(article.paragraphs).toEqual([
      'The council approved three new bus lanes on Monday after a long debate that ran late into the night and ended with a narrow vote.',
      'The lanes will open in May, the council said, and will run along the ring road between the station and the hospital on weekdays.',
      'Drivers’ groups said they would challenge the decision in the courts.',
    ]);
  });
});

describe('dates', () => {
  it('reads the common ways news pages write a date', () => {
    expect(findDate('Saturday, July 20, 2024')).toBe('2024-07-20');
    expect(findDate('Thursday 6 March 2025')).toBe('2025-03-06');
    expect(findDate('Published: 9 Apr 2025 10:00 BST')).toBe('2025-04-09');
    expect(findDate('2024-06-19')).toBe('2024-06-19');
    expect(findDate('31 February 2024')).toBeUndefined();
  });

  it('tells a date line from a sentence with a date in it', () => {
    expect(isDateLine('Updated June 12, 2025 at 10:30')).toBe(true);
    expect(isDateLine('The vote was held on June 12, 2025 in the capital.')).toBe(false);
  });

  it('keeps a standfirst that quotes someone, though it has no full stop', () => {
    const article = cleanArticle(
      [
        'Opposition Leader Opposes Amending Constitution',
        '',
        "'Leaders should leave after two terms,' former president Gen. Ada Kuru tells VOA",
        '',
        'Former president Gen. Ada Kuru told VOA on Thursday that she opposes the change.',
      ].join('\n'),
    );
    expect(article.paragraphs[0]).toBe(
      "'Leaders should leave after two terms,' former president Gen. Ada Kuru tells VOA",
    );
  });

  it('drops a caption whose credit names a body with dotted capitals', () => {
    const article = cleanArticle(
      [
        'Singer dies aged 76',
        '',
        'Monday, March 3, 2025',
        '',
        'The singer died at home on Thursday, her publicist said.',
        '',
        'The singer at the inauguration in 2009. Image: Cecil Rios, U.S. Air Force.',
        '',
        'She was born in Memphis in 1942.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'The singer died at home on Thursday, her publicist said.',
      'She was born in Memphis in 1942.',
    ]);
  });

  it('drops a caption whose credit is glued to its last word', () => {
    const article = cleanArticle(
      [
        'Senate race tightens',
        '',
        'Monday, March 3, 2025',
        '',
        'The race for the seat is close.',
        '',
        'Republican Senator Ada MorrowImage: State Congress.',
        '',
        'Polls close at eight.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'The race for the seat is close.',
      'Polls close at eight.',
    ]);
  });
});
