import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a word the story puts in marks again and again', () => {
  it('is a term it discusses, not words someone said', () => {
    const b = draft(
      article(
        'At the end of the debate, four candidates were asked a lightning round question — define “woke.”',
        '“Woke” was a contender for the most looked-up word of 2021.',
        'Republicans have raised “woke” to prominence, and Daniel Cameron called it “dangerous.”',
      ),
    );
    expect(quoted(b)).toEqual([['Daniel Cameron', 'dangerous.']]);
  });

  it('leaves a word quoted twice to the other rules', () => {
    const b = draft(
      article('Daniel Cameron called the plan “reckless.” His rival also called it “reckless.”'),
    );
    expect(quoted(b).map(([, words]) => words)).toContain('reckless.');
  });
});
