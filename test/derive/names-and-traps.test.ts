import { describe, expect, it } from 'vitest';
import { deriveBriefing } from '../../src/derive/derive.ts';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('names', () => {
  it('keeps multi-part and hyphenated names whole, strips titles, and knows short names', () => {
    const b = draft(
      article(
        'Kim Jong Un met Leif-Eric Easley, a professor at Ewha Womans University, and Prime Minister Avi Ben-David.',
        'Dr Lina Haddad and Jean-Pierre van der Berg, the European Union’s envoy, were also there.',
        'Kim said little.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([
      'Kim Jong Un',
      'Leif-Eric Easley',
      'Avi Ben-David',
      'Lina Haddad',
      'Jean-Pierre van der Berg',
    ]);
    expect(b.people[0]?.aliases).toEqual(['Kim']);
    expect(b.people[1]).toMatchObject({
      role: 'Professor',
      organisation: 'Ewha Womans University',
    });
    expect(b.organisations.map((o) => o.name)).toEqual([
      'Ewha Womans University',
      'European Union',
    ]);
  });

  it('tells a surname that is also a place from the place', () => {
    const b = draft(
      article(
        'Talks will resume in Jordan next month.',
        'Marcus Jordan, an analyst at the Gulf Research Institute, said the delay was “no surprise”.',
        '“Neither side wants to move first,” Jordan said.',
      ),
    );
    expect(b.places.map((p) => p.name)).toEqual(['Jordan']);
    expect(b.people.map((p) => p.name)).toEqual(['Marcus Jordan']);
    expect(quoted(b)).toEqual([
      ['Marcus Jordan', 'no surprise'],
      ['Marcus Jordan', 'Neither side wants to move first'],
    ]);
  });

  it('lists countries that speak as organisations and the rest as places', () => {
    const b = draft(article('China said the talks in Seoul had gone well, and Japan agreed.'));
    expect(b.organisations.map((o) => o.name)).toEqual(['China']);
    expect(b.places.map((p) => p.name)).toEqual(['Seoul', 'Japan']);
  });
});

describe('traps', () => {
  it('keeps a quote inside a quote within the outer quote', () => {
    const b = draft(
      article('“My father told me, ‘Never give up,’ and I never have,” said Rosa Delgado.'),
    );
    expect(quoted(b)).toEqual([
      ['Rosa Delgado', 'My father told me, ‘Never give up,’ and I never have'],
    ]);
  });

  it('leaves out quoted titles, slogans and labels, and lists them for the editor', () => {
    const derived = deriveBriefing(
      article(
        'The programme includes a new play, “The Long Dark”, about the blackout.',
        'Posters carry the slogan “Light it up again”.',
        'Many of the so-called “blackout volunteers” are back.',
      ),
      { fallbackDate: '2025-01-01' },
    );
    expect(derived.briefing.statements).toEqual([]);
    expect(derived.unattributed.map((q) => q.text)).toEqual([
      'The Long Dark',
      'Light it up again',
      'blackout volunteers',
    ]);
    expect(derived.yaml).toContain('¶2: “Light it up again”');
  });

  it('never takes “I” or “we” inside a quote for the speaker', () => {
    const b = draft(
      article(
        'Ben Castle volunteered in 2014.',
        '“I was there, and we lit the stage with car headlights,” said the festival’s director, Rosa Delgado.',
        '“We will do it again,” the company said.',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).not.toContain('I');
    expect(quoted(b)[0]).toEqual([
      'Rosa Delgado',
      'I was there, and we lit the stage with car headlights',
    ]);
  });

  it('does not give a quote with no attribution and nobody speaking before it a speaker', () => {
    const derived = deriveBriefing(
      article(
        'The night was cold and the streets were quiet.',
        '“It was the best night of my life.”',
      ),
      {
        fallbackDate: '2025-01-01',
      },
    );
    expect(derived.briefing.statements).toEqual([]);
    expect(derived.unattributed).toEqual([
      { paragraph: 2, text: 'It was the best night of my life.' },
    ]);
  });
});

describe('names listed with people', () => {
  it('takes a name of common words for a person when it is listed with two people', () => {
    const b = draft(
      article(
        'Belgium attacked early, with Romelu Lukaku, Yannick Carrasco and Dries Mertens all shooting wide.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([
      'Romelu Lukaku',
      'Yannick Carrasco',
      'Dries Mertens',
    ]);
  });

  it('leaves a list with a single person in it as it was', () => {
    const b = draft(
      article('Visitors saw Maria Lopez, the Bat Cave and the Evergreen Aviation museum.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Maria Lopez']);
  });
});

describe('a single name opening a sentence', () => {
  it('is a person when an age stands after it in commas', () => {
    const b = draft(
      article(
        'Adam Nur, 40, swam ashore. Wirawan, 24, says he clung to a plastic can. "They should have closed the bridge," he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Adam Nur', 'Wirawan']);
    expect(quoted(b)).toEqual([['Wirawan', 'They should have closed the bridge']]);
  });
});

describe('a title before names joined by "and"', () => {
  it('names one person, so "and" ends the name the title opens', () => {
    const b = draft(
      article('It is a bold plan laid out by President Dunmore and Congress last year.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Dunmore']);
  });
});
