import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"President-Elect" before a name', () => {
  it('is a title, not part of the name', () => {
    const b = draft(
      article(
        'President-Elect Barack Obama spoke in Grant Park. “It’s been a long time coming,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Barack Obama']);
  });

  it('reads "the governor-elect" as the role of the one elected', () => {
    const b = draft(
      article(
        'Democrat Steve Sisolak won the race for governor on Tuesday.',
        '“We knew Nevada was better than that,” Sisolak said.',
        '“And this year, you proved us right,” the governor-elect said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Steve Sisolak', 'We knew Nevada was better than that'],
      ['Steve Sisolak', 'And this year, you proved us right'],
    ]);
  });

  it.each(['Rep.-elect', 'Sen.-elect', 'Governor-elect'])(
    'reads "%s" before a name as a title',
    (title) => {
      const b = draft(
        article(
          `State ${title} Aaron Coleman said Monday he would not resign, despite calls to step aside.`,
          'Coleman won the general election in November despite a series of disclosures.',
        ),
      );
      expect(b.people.map((p) => p.name)).toEqual(['Aaron Coleman']);
      expect(b.statements.map((s) => s.speaker)).toEqual(['aaron-coleman']);
    },
  );
});
