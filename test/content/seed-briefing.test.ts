import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing, StatementKind } from '../../src/content/briefing-schema.ts';
import { seedBriefings } from '../helpers/briefings.ts';

/** The article's body paragraphs, numbered from 1 as the briefing numbers them. */
function articleParagraphs(): string[] {
  const lines = readFileSync('test/fixtures/articles/russia-dprk.txt', 'utf8').split('\n');
  const start = lines.findIndex((line) =>
    line.startsWith('Vladimir Putin and Kim Jong Un have signed'),
  );
  const end = lines.indexOf('Related Articles');
  return lines.slice(start, end).filter((line) => line.trim() !== '');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every statement in the article, read by hand: speaker, kind and words. The briefing must have
 * each one, with nothing added that the article does not contain.
 */
const expected: [string, StatementKind, string][] = [
  [
    'putin-and-kim',
    'paraphrase',
    'vowing to work closely together in the face of international sanctions',
  ],
  ['vladimir-putin', 'partial', 'military technical co-operation'],
  [
    'vladimir-putin',
    'paraphrase',
    'called on the UN to end its sanctions regime against North Korea',
  ],
  [
    'vladimir-putin',
    'direct',
    'These illegitimate actions only serve to undermine the world economic and political system',
  ],
  [
    'vladimir-putin',
    'direct',
    'We will continue to oppose the practice of suffocating sanctions as an instrument the west has come to use to retain its hegemony.',
  ],
  [
    'vladimir-putin',
    'paraphrase',
    'thanked Kim for the North Korean leader’s support for his war in Ukraine',
  ],
  ['vladimir-putin', 'partial', 'breakthrough'],
  ['vladimir-putin', 'partial', 'aggression'],
  [
    'vladimir-putin',
    'paraphrase',
    'he compared it to Nato supplies of long-range weaponry and F-16 fighter jets that Ukraine is using for strikes on Russian territory',
  ],
  [
    'vladimir-putin',
    'partial',
    'regions of the world where strikes can be made against sensitive targets',
  ],
  [
    'western-officials',
    'paraphrase',
    'North Korean help for Russia’s war in Ukraine has included supplies of munitions to replace dwindling Russian stocks',
  ],
  ['kremlin', 'partial', 'fairly artistic'],
  ['kremlin', 'partial', 'several busts'],
  [
    'kim-jong-un',
    'partial',
    'important role and mission in preserving the strategic stability and balance in the world',
  ],
  ['kim-jong-un', 'paraphrase', 'pledged to strengthen strategic co-operation'],
  ['vladimir-putin', 'paraphrase', 'he hoped Kim would make a return visit to Moscow'],
  [
    'us-and-south-korean-officials',
    'paraphrase',
    'economic exchanges and arms transfers between Russia and North Korea have expanded sharply since their meeting last year',
  ],
  [
    'antony-blinken',
    'paraphrase',
    'Russia was desperately trying to cement relations with countries that could provide it with weapons',
  ],
  [
    'jens-stoltenberg',
    'paraphrase',
    'he was concerned about possible Russian support for North Korea’s nuclear and missile programmes',
  ],
  [
    'shin-won-sik',
    'paraphrase',
    'Russia had offered technological help for North Korea’s spy satellites in return for North Korea’s agreement to supply nearly 5mn artillery shells',
  ],
  ['china-and-south-korea', 'partial', 'more mature, healthier direction'],
  [
    'experts',
    'paraphrase',
    'Russia’s offer of food and military technology would make it more difficult to entice Pyongyang into denuclearisation talks while more North Korean arms transfers to Russia would strengthen Ukraine’s need for weapons from its allies',
  ],
  [
    'jenny-town',
    'direct',
    'Getting back to negotiations with North Korea faces a real uphill battle',
  ],
  [
    'leif-eric-easley',
    'paraphrase',
    'more was at stake than the deepening ties between Russia and North Korea',
  ],
  [
    'leif-eric-easley',
    'direct',
    'The integrity of the international order is in question over the defence of Ukraine and the implementation of UN Security Council resolutions',
  ],
  [
    'leif-eric-easley',
    'direct',
    'Moscow’s transfer of sensitive military technologies to Pyongyang would not only violate UN sanctions but could also destabilise the Korean peninsula and east Asia.',
  ],
];

describe('the russia-dprk briefing, derived from the seed article', () => {
  const briefing = seedBriefings().find((b) => b.id === 'russia-dprk') as Briefing;
  const paragraphs = articleParagraphs();

  it('is loaded without problems', () => {
    expect(briefing).toBeDefined();
    expect(paragraphs).toHaveLength(24);
  });

  it('has every statement in the article, with the right speaker and kind, and no others', () => {
    const actual = briefing.statements.map((s) => [s.speaker, s.kind, squash(s.text)]);
    expect(actual).toEqual(expected);
  });

  it('has all thirteen quoted spans as direct or partial quotes', () => {
    const quoted = [...paragraphs.join('\n').matchAll(/“([^”]+)”/g)].map((m) =>
      (m[1] ?? '').replace(/,$/, ''),
    );
    expect(quoted).toHaveLength(13);
    const verbatim = briefing.statements
      .filter((s) => s.kind !== 'paraphrase')
      .map((s) => squash(s.text));
    expect(verbatim.sort()).toEqual(quoted.sort());
  });

  it('traces every statement to its paragraph, word for word', () => {
    for (const statement of briefing.statements) {
      const paragraph = paragraphs[statement.paragraph - 1] ?? '';
      expect(paragraph, `context of "${statement.text}"`).toContain(squash(statement.context));
      expect(squash(statement.context)).toContain(squash(statement.text));
    }
  });

  it('reports Blinken, Stoltenberg and Shin Won-sik as reported speech, with the audience where given', () => {
    const byId = (id: string) => briefing.statements.filter((s) => s.speaker === id);
    expect(byId('antony-blinken').map((s) => [s.kind, s.paragraph, s.when])).toEqual([
      ['paraphrase', 16, 'on Tuesday'],
    ]);
    expect(byId('jens-stoltenberg').map((s) => [s.kind, s.paragraph, s.audience])).toEqual([
      ['paraphrase', 17, 'reporters in Washington'],
    ]);
    expect(byId('shin-won-sik').map((s) => [s.kind, s.paragraph, s.audience])).toEqual([
      ['paraphrase', 18, 'Bloomberg'],
    ]);
  });

  it('grounds each key point in real paragraphs that hold its facts', () => {
    for (const point of briefing.keyPoints) {
      for (const n of point.paragraphs) expect(n).toBeGreaterThanOrEqual(1);
      for (const n of point.paragraphs) expect(n).toBeLessThanOrEqual(paragraphs.length);
    }
    // A fact, the paragraph it must cite, and the words that paragraph must contain.
    const facts: [RegExp, number, RegExp][] = [
      [/mutual assistance clause/, 7, /mutual assistance clause/],
      [/5mn artillery shells/, 18, /nearly 5mn artillery shells/],
      [/blocked the renewal of the UN panel/, 21, /blocked the renewal of a UN panel/],
      [/Aurus limousine/, 11, /Aurus limousine/],
      [/about two hours/, 13, /lasted about two hours/],
      [/strategic partnership/, 1, /signed a strategic partnership/],
    ];
    for (const [fact, paragraph, source] of facts) {
      const point = briefing.keyPoints.find((p) => fact.test(p.text));
      expect(point?.paragraphs, String(fact)).toContain(paragraph);
      expect(paragraphs[paragraph - 1]).toMatch(source);
    }
  });

  it('credits the source and leaves the page chrome out', () => {
    expect(briefing.source).toMatchObject({
      publisher: 'Dlight News',
      originalPublisher: 'Financial Times',
      headline:
        'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
      pageDate: '2024-07-20',
    });
    const all = JSON.stringify(briefing);
    for (const chrome of [
      'Unlock the Editor',
      'Related Articles',
      'Advertisement',
      'Latest Articles',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it('names every speaker with the aliases users will type', () => {
    const aliases = (id: string) => briefing.people.find((p) => p.id === id)?.aliases ?? [];
    expect(aliases('vladimir-putin')).toContain('the Russian president');
    expect(aliases('antony-blinken')).toContain('Blinken');
    expect(aliases('shin-won-sik')).toContain('Shin');
    expect(aliases('kim-jong-un')).toContain('Kim');
  });
});
