import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('attributions that a small word or mark had hidden', () => {
  it('ends the sentence at a state’s abbreviation before a quote that opens with a capital', () => {
    const b = draft(
      article(
        'Voters are unhappy.',
        '"Our nation is divided by parties," said Emily Pitts, 24, of Charleston, S.C. "We are not united as Americans."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Emily Pitts', 'Our nation is divided by parties'],
      ['Emily Pitts', 'We are not united as Americans.'],
    ]);
  });

  it('takes a double-barrelled surname after an inverted "said" for a person', () => {
    const b = draft(
      article('Patients wait long.', '‘I took a relative to the hospital,’ said Vinjwa-Hlonwane.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Vinjwa-Hlonwane']);
    expect(quoted(b)).toEqual([['Vinjwa-Hlonwane', 'I took a relative to the hospital']]);
  });

  it('reads "alleged" after a quote as its attribution', () => {
    const b = draft(
      article(
        'Axolile Notywala, head of the coalition, said the shooting was worrying.',
        '“I saw one of the officers pulling out his handgun,” alleged Notywala.',
      ),
    );
    expect(quoted(b)).toContainEqual([
      'Axolile Notywala',
      'I saw one of the officers pulling out his handgun',
    ]);
  });

  it('reads someone described before "yelled" as the speaker', () => {
    const b = draft(
      article(
        'Democrats walked out.',
        '“Is this a prayer or a sermon?,” a delegate yelled from the side of the chamber.',
      ),
    );
    expect(quoted(b)).toEqual([['delegate', 'Is this a prayer or a sermon?']]);
  });
});
