import { describe, expect, it } from 'vitest';
import { deriveBriefing } from '../../src/derive/derive.ts';
import { speakerName } from '../helpers/derive.ts';

const story = (headline: string, ...paragraphs: string[]) =>
  [headline, '', 'Monday, 3 March 2025', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('quotes in the headline', () => {
  it('finds a single-quoted fragment and gives it the speaker of the story’s quote', () => {
    const { briefing } = deriveBriefing(
      story(
        "Minister 'will not quit' over leaked memo",
        'The transport minister, Jane Roe, faced calls to resign on Monday.',
        '“I will not quit, and I have done nothing wrong,” Roe said.',
      ),
    );
    const headline = briefing.statements.filter((s) => s.context === briefing.title);
    expect(headline.map((s) => [speakerName(briefing, s.speaker), s.kind, s.text])).toEqual([
      ['Jane Roe', 'partial', 'will not quit'],
    ]);
  });

  it('lists a fragment no quote in the story holds for the editor, and skips titles', () => {
    const { briefing, unattributed, yaml } = deriveBriefing(
      story(
        'Band marks birthday with “Brilliantly British” show as critics call it ‘a waste’',
        'The band played in Karachi on Saturday.',
      ),
    );
    expect(briefing.statements).toEqual([]);
    expect(unattributed).toEqual([{ paragraph: 0, text: 'a waste' }]);
    expect(yaml).toContain('headline: “a waste”');
  });

  it('matches a capitalised fragment of a title-case headline against the story’s quotes', () => {
    const b = deriveBriefing(
      [
        'Monday, 3 March 2025',
        '',
        "North Korea Warns South Korean President of 'Catastrophic Consequences'",
        '',
        'The newspaper Rodong Shinmun said Seoul faced “irrevocable catastrophic consequences”.',
        '',
      ].join('\n'),
      { fallbackDate: '2025-01-01' },
    ).briefing;
    const headline = b.statements.filter((s) => s.context === b.title);
    expect(headline.map((s) => s.text)).toEqual(['Catastrophic Consequences']);
  });
});
