import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/content/briefing-schema.ts';
import { checkLibrary } from '../../src/content/check-library.ts';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { compareBriefings, formatDifferences } from '../../src/derive/compare-briefing.ts';
import { deriveBriefing } from '../../src/derive/derive.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { quoted, speakerName } from '../helpers/derive.ts';

const text = readFileSync('test/fixtures/articles/russia-dprk.txt', 'utf8');
const derived = deriveBriefing(text, { id: 'russia-dprk' });
const draft = derived.briefing;
const reference = seedBriefings().find((b) => b.id === 'russia-dprk') as Briefing;
const report = formatDifferences(compareBriefings(draft, reference));

describe('the draft of the seed article', () => {
  it('is a valid briefing, marked as a draft, that validate accepts with no warnings', () => {
    const parsed = parseBriefing('russia-dprk.yaml', derived.yaml);
    expect(parsed.problems).toEqual([]);
    expect(parsed.briefing?.draft).toBe(true);
    expect(checkLibrary([{ file: 'russia-dprk.yaml', briefing: draft }]).findings).toEqual([]);
    const header = derived.yaml.slice(0, derived.yaml.indexOf('\nid: '));
    expect(header).toMatch(/^# Draft briefing: /);
    expect(header).toContain('for an editor to review');
  });

  it('has all 13 quoted spans, each with the speaker of the hand-made briefing', () => {
    const expected = reference.statements
      .filter((s) => s.kind !== 'paraphrase')
      .map((s) => [speakerName(reference, s.speaker), s.text.replace(/\s+/g, ' ')]);
    expect(quoted(draft)).toHaveLength(13);
    expect(quoted(draft)).toEqual(expected);
  });

  it('reports Blinken, Stoltenberg and Shin Won-sik as reported speech with when and audience', () => {
    const of = (id: string) =>
      draft.statements
        .filter((s) => s.speaker === id)
        .map((s) => [s.kind, s.paragraph, s.when, s.audience, s.text]);
    expect(of('antony-blinken')).toEqual([
      [
        'paraphrase',
        16,
        'on Tuesday',
        undefined,
        'Russia was desperately trying to cement relations with countries that could provide it with weapons',
      ],
    ]);
    expect(of('jens-stoltenberg')).toEqual([
      [
        'paraphrase',
        17,
        undefined,
        'reporters',
        'he was concerned about possible Russian support for North Korea’s nuclear and missile programmes',
      ],
    ]);
    expect(of('shin-won-sik')).toEqual([
      [
        'paraphrase',
        18,
        undefined,
        'Bloomberg',
        'Russia had offered technological help for North Korea’s spy satellites in return for North Korea’s agreement to supply nearly 5mn artillery shells',
      ],
    ]);
  });

  it('misses no quote or speaker of the hand-made briefing, and lists what else differs', () => {
    const differences = compareBriefings(draft, reference);
    const quotesMissing = differences.filter(
      (d) => d.type === 'missing statement' && d.expected.kind !== 'paraphrase',
    );
    expect(quotesMissing, report).toEqual([]);
    expect(
      differences.filter((d) => d.type === 'speaker' || d.type === 'kind'),
      report,
    ).toEqual([]);
    expect(
      differences.filter((d) => d.type === 'missing person'),
      report,
    ).toEqual([]);
    // What is still left to the editor: two paraphrases whose boundaries the rules do not find,
    // and the original publisher, which the page text does not name.
    expect(report.split('\n')).toEqual([
      'missing  ¶4 paraphrase by vladimir-putin: “thanked Kim for the North Korean leader’s support for his war in Ukra…”',
      'missing  ¶8 paraphrase by vladimir-putin: “he compared it to Nato supplies of long-range weaponry and F-16 fight…”',
      'source   originalPublisher: “”, expected “Financial Times”',
    ]);
  });

  it('finds the people, their roles and the short names the story uses', () => {
    const person = (id: string) => draft.people.find((p) => p.id === id);
    expect(draft.people.map((p) => p.id)).toEqual(reference.people.map((p) => p.id));
    expect(person('kim-jong-un')?.aliases).toContain('Kim');
    expect(person('shin-won-sik')?.aliases).toContain('Shin');
    expect(person('vladimir-putin')?.aliases).toEqual(['Putin', 'the Russian president']);
    expect(person('antony-blinken')).toMatchObject({ role: 'US secretary of state' });
    expect(person('antony-blinken')?.aliases).toContain('the secretary of state');
    expect(person('jenny-town')).toMatchObject({
      role: 'Senior fellow',
      organisation: 'Stimson Center',
    });
    expect(person('leif-eric-easley')).toMatchObject({ organisation: 'Ewha Womans University' });
  });

  it('takes the headline, date and publisher from the page, and leaves the furniture out', () => {
    expect(draft.source).toMatchObject({
      publisher: 'Dlight News',
      headline: reference.source.headline,
      pageDate: '2024-07-20',
    });
    const all = JSON.stringify(draft);
    for (const chrome of [
      'Unlock the Editor',
      'Related Articles',
      'Advertisement',
      'Latest Articles',
    ]) {
      expect(all).not.toContain(chrome);
    }
    expect(draft.summary.startsWith('Vladimir Putin and Kim Jong Un have signed')).toBe(true);
    for (const point of draft.keyPoints) {
      const paragraph = derived.article.paragraphs[(point.paragraphs[0] ?? 0) - 1];
      expect(paragraph).toContain(point.text);
    }
  });
});
