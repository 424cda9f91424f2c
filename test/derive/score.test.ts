import { describe, expect, it } from 'vitest';
import { targetLine } from '../../src/derive/format-evaluation.ts';
import {
  matchQuotes,
  normaliseQuote,
  prf,
  sameSpeaker,
  scoreArticle,
  tokenOverlap,
  totalScore,
} from '../../src/derive/score.ts';

describe('normalising quotes', () => {
  it('ignores curly or straight marks, spacing, case and trailing ,.;:', () => {
    expect(normaliseQuote('  We’re  “ready”,\n')).toBe(normaliseQuote('we\'re "ready"'));
    expect(normaliseQuote('It is over.')).toBe('it is over');
    expect(normaliseQuote('Wait;:')).toBe('wait');
    expect(normaliseQuote('Why now?')).toBe('why now?');
  });
});

describe('token overlap', () => {
  it('is twice the shared words over all words', () => {
    expect(tokenOverlap('a b c d', 'a b c d')).toBe(1);
    // 3 shared words of 4 + 5: 6 / 9.
    expect(tokenOverlap('the plan is dead', 'the plan is quite dead')).toBeCloseTo(8 / 9);
    expect(tokenOverlap('one two', 'three four')).toBe(0);
  });
});

describe('matching quotes', () => {
  const found = ['We will win,', 'the plan is dead', 'unrelated words here'];
  const expected = ['We will win', 'The plan is quite dead', 'Nobody came'];

  it('pairs exact matches one to one', () => {
    expect(matchQuotes(found, expected, 'exact')).toEqual([[0, 0]]);
    expect(matchQuotes(['Yes', 'Yes'], ['Yes'], 'exact')).toEqual([[0, 0]]);
  });

  it('pairs at token overlap of 0.8 or more, best first', () => {
    expect(matchQuotes(found, expected, 'overlap')).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(prf(2, 3, 4)).toEqual({
      matched: 2,
      found: 3,
      expected: 4,
      precision: 2 / 3,
      recall: 0.5,
      f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5),
    });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 0, 2)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it('counts a speaker right by full name, surname, or any name the draft gives them', () => {
    expect(sameSpeaker('Jenny Town', 'Jenny Town')).toBe(true);
    expect(sameSpeaker('Town', 'Jenny Town')).toBe(true);
    expect(sameSpeaker('The Kremlin', 'Kremlin')).toBe(true);
    expect(sameSpeaker('Jenny', 'Jenny Town')).toBe(false);
    // An unnamed speaker with or without its article; a different description is still wrong.
    expect(
      sameSpeaker('advisor to the Palestinian team', 'an advisor to the Palestinian team'),
    ).toBe(true);
    expect(sameSpeaker('nuclear official', 'one nuclear official')).toBe(true);
    expect(sameSpeaker('A police spokesman', 'police spokesman')).toBe(true);
    expect(sameSpeaker('35-year-old man', 'a 35-year-old man')).toBe(true);
    expect(sameSpeaker('35-year-old man', 'a 53-year-old man')).toBe(false);
    expect(sameSpeaker('HUD staffer', 'one HUD staffer')).toBe(true);
    expect(sameSpeaker('HUD staffer', 'one HUD official')).toBe(false);
    expect(sameSpeaker('Iraq war veteran', 'one Iraq war veteran')).toBe(true);
    expect(sameSpeaker('Iraq war widow', 'one Iraq war veteran')).toBe(false);
    expect(sameSpeaker('female student', 'a female student who did not give her name')).toBe(true);
    expect(sameSpeaker('male student', 'a female student who did not give her name')).toBe(false);
    expect(sameSpeaker('woman', 'woman who spoke on condition of anonymity')).toBe(true);
    expect(sameSpeaker('man', 'woman who spoke on condition of anonymity')).toBe(false);
    expect(sameSpeaker('Lund', 'Ingrid Lund who chairs the board')).toBe(false);
    expect(sameSpeaker('longtime resident', 'a longtime resident of the area')).toBe(true);
    expect(sameSpeaker('one man', 'one man in the Capitol Cafe')).toBe(true);
    expect(sameSpeaker('resident', 'one resident carrying a stick')).toBe(true);
    expect(sameSpeaker('Villagers in Dititjerent', 'villagers in Dititjerent')).toBe(true);
    expect(sameSpeaker('middle-aged Burmese man in Mae Sot', 'middle-aged Burmese man')).toBe(true);
    expect(sameSpeaker('woman', 'one man in the Capitol Cafe')).toBe(false);
    expect(sameSpeaker('Draftees', 'draftees from Irkutsk')).toBe(true);
    expect(sameSpeaker('Saraf Jidad', 'one of the victims from Saraf Jidad')).toBe(false);
    expect(sameSpeaker('soldiers', 'draftees from Irkutsk')).toBe(false);
    expect(sameSpeaker('officials', 'officials from the ministry')).toBe(false);
    expect(sameSpeaker('official in the army', 'an official in the ministry')).toBe(false);
    expect(sameSpeaker('University of California at Davis', 'University of California')).toBe(
      false,
    );
    expect(sameSpeaker('U.N.', 'United Nations')).toBe(true);
    expect(sameSpeaker('U.S.', 'United Nations')).toBe(false);
    expect(sameSpeaker('army spokesman', 'a police spokesman')).toBe(false);
    expect(
      sameSpeaker(['Lund and Aas', 'Ingrid Lund and Per Aas'], 'Ingrid Lund and Per Aas'),
    ).toBe(true);
  });

  it('scores an article and adds articles up by counts', () => {
    const score = scoreArticle(
      {
        quotes: [
          { speaker: 'Ann Lee', aliases: ['Lee'], quote: 'We will win,' },
          { speaker: 'Bob Ray', aliases: [], quote: 'the plan is dead' },
          { speaker: 'Bob Ray', aliases: [], quote: 'extra words' },
        ],
        people: [['Ann Lee', 'Lee'], ['Bob Ray']],
        organizations: [],
      },
      {
        quotes: [
          { speaker: 'Ann Lee', quote: 'We will win.' },
          { speaker: 'Cy Dee', quote: 'The plan is quite dead' },
        ],
        people: ['Ann Lee', 'Cy Dee'],
        organizations: ['Acme'],
      },
    );
    expect(score.exact).toMatchObject({ matched: 1, found: 3, expected: 2 });
    expect(score.overlap).toMatchObject({ matched: 2, found: 3, expected: 2 });
    expect(score.speakers).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(score.people).toMatchObject({ matched: 1, found: 2, expected: 2, precision: 0.5 });
    expect(score.organisations).toMatchObject({ matched: 0, found: 0, expected: 1, recall: 0 });
    const total = totalScore([score, score]);
    expect(total.exact).toMatchObject({
      matched: 2,
      found: 6,
      expected: 4,
      precision: 1 / 3,
      recall: 0.5,
    });
    expect(total.speakers).toEqual({ correct: 2, total: 4, value: 0.5 });
  });
});

describe('fair speaker and name scoring', () => {
  it('strips titles, offices and honours before comparing names', () => {
    expect(sameSpeaker('US Treasury Secretary Jane Roe', 'Jane Roe')).toBe(true);
    expect(sameSpeaker('Lord Smith', 'Alan Smith')).toBe(true);
    expect(sameSpeaker('President Putin', 'Vladimir Putin')).toBe(true);
    expect(sameSpeaker('Dr Lina Haddad', 'Lina Haddad')).toBe(true);
    expect(sameSpeaker('Mark Tedeschi QC', 'Mark Tedeschi')).toBe(true);
    expect(sameSpeaker('Mr Jones', 'Jones')).toBe(true);
  });

  it('still fails a wrong speaker who shares no name with the key', () => {
    expect(sameSpeaker('Lord Smith', 'Alan Jones')).toBe(false);
    expect(sameSpeaker('President Macron', 'Keir Starmer')).toBe(false);
    expect(sameSpeaker(['Acme Securities'], 'Jane Roe')).toBe(false);
  });

  it('keeps a date word glued to a name wrong, so the draft must fix it', () => {
    expect(sameSpeaker('Wednesday Mr Smith', 'John Smith')).toBe(false);
    expect(sameSpeaker('Mr Smith', 'John Smith')).toBe(true);
  });

  it('matches an organisation by its acronym', () => {
    expect(sameSpeaker('KCNA', 'Korean Central News Agency')).toBe(true);
    expect(sameSpeaker('KCNA', 'Korean Broadcasting System')).toBe(false);
  });

  it('matches an acronym that keeps the initials of small words, and only those two readings', () => {
    expect(sameSpeaker('VOA', 'Voice of America')).toBe(true);
    expect(sameSpeaker('Ministry of Manpower', 'MOM')).toBe(true);
    expect(sameSpeaker('VA', 'Voice of America')).toBe(true);
    expect(sameSpeaker('VOTA', 'Voice of America')).toBe(false);
    expect(sameSpeaker('VOA', 'Voice of Armenia Radio')).toBe(false);
  });

  it('counts an unnamed spokesman right through the organisation they speak for', () => {
    const score = scoreArticle(
      {
        quotes: [{ speaker: 'a company spokesman', aliases: ['Acme Foods'], quote: 'No comment.' }],
        people: [],
        organizations: [['Acme Foods']],
      },
      {
        quotes: [{ speaker: 'Acme Foods', quote: 'No comment.' }],
        people: [],
        organizations: ['Acme Foods'],
      },
    );
    expect(score.speakers.value).toBe(1);
  });

  it('gives people and organisations precision as well as recall', () => {
    const score = scoreArticle(
      {
        quotes: [],
        people: [['Jane Roe', 'Roe'], ['Middle East'], ['Acme Securities']],
        organizations: [['Acme Securities'], ['Sky News']],
      },
      { quotes: [], people: ['Jane Roe', 'Bob Ray'], organizations: ['Acme Securities'] },
    );
    expect(score.people).toMatchObject({ precision: 1 / 3, recall: 0.5 });
    expect(score.organisations).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('scores headline quotes apart from the story’s quotes', () => {
    const score = scoreArticle(
      {
        quotes: [
          { speaker: 'Jane Roe', aliases: [], quote: 'will not quit', headline: true },
          { speaker: 'Jane Roe', aliases: [], quote: 'I will not quit.' },
        ],
        people: [],
        organizations: [],
      },
      {
        quotes: [
          { speaker: 'Jane Roe', quote: 'will not quit', headline: true },
          { speaker: 'Jane Roe', quote: 'I will not quit.' },
        ],
        people: [],
        organizations: [],
      },
    );
    expect(score.exact).toMatchObject({ matched: 1, found: 1, expected: 1 });
    expect(score.headline).toMatchObject({ matched: 1, found: 1, expected: 1 });
  });
});

describe('the targets as eval:derive prints them', () => {
  it('shows a third decimal when a figure misses by less than the rounding', () => {
    expect(targetLine('speaker accuracy', 114 / 124, 0.92).text).toBe(
      'MISSED  speaker accuracy 0.919 (target ≥ 0.92)',
    );
    expect(targetLine('speaker accuracy', 0.92, 0.92).text).toBe(
      'met     speaker accuracy 0.92 (target ≥ 0.92)',
    );
    expect(targetLine('people recall', 0.87, 0.95).text).toBe(
      'MISSED  people recall 0.87 (target ≥ 0.95)',
    );
    expect(targetLine('mean time per article', 6.7, 50, true)).toMatchObject({ met: true });
    expect(targetLine('people recall', null, 0.95)).toMatchObject({ met: false });
  });
});
