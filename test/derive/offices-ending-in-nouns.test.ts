import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);

describe('offices and programmes that end in an abstract noun', () => {
  it('takes no abstract noun after an office or a programme for a surname', () => {
    const text = article(
      'Scores in the Programme for International Reading Assessment rose again.',
      'The Minister of Rural Development, Dana Kirk, welcomed the figures.',
      'Tomas Reyna, minister for General Duties, said nothing.',
    );
    expect(people(text)).toEqual(expect.arrayContaining(['Dana Kirk', 'Tomas Reyna']));
    expect(people(text)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Assessment|Development|Duties)$/)]),
    );
  });

  it('keeps a one-word surname after an office when it is a common word with no such ending', () => {
    const text = article('"We will act," said President Bush.', 'Senator Clement agreed.');
    expect(people(text)).toEqual(expect.arrayContaining(['Bush', 'Clement']));
  });
});

describe('courses, orders and messes named after offices', () => {
  it('takes no course, order or mess behind an office word for a person', () => {
    const text = article(
      'Forty soldiers finished the first Master Leader Course on Friday.',
      'Six chiefs joined the Chief’s Mess after the ceremony.',
      'The new Executive Order takes effect on Monday, said Sgt. Dana Kirk.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });
});
