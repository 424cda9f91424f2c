import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('degrees after a name and cadets before one', () => {
  it('reads the apposition past ", Ph.D.," so the scientist is a person who speaks', () => {
    const b = draft(
      article(
        'Richard (Rick) W. Spinrad, Ph.D., an internationally renowned scientist with four decades of ocean science, was confirmed by the U.S. Senate today.',
        '“I am thrilled to be back and am ready to hit the ground running,” said Spinrad.',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Richard Rick W. Spinrad',
        'I am thrilled to be back and am ready to hit the ground running',
      ],
    ]);
  });

  it('takes "Cadet" before a name for a title', () => {
    const b = draft(
      article(
        'High school cadets toured a destroyer in Norfolk on Friday.',
        '"My favorite part was learning what life aboard a ship is like," said Cadet Ryan Sparks.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ryan Sparks', 'My favorite part was learning what life aboard a ship is like'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Ryan Sparks']);
  });

  it('skips honours set off by commas as it skips a degree ("Mark Tedeschi, QC, the prosecutor")', () => {
    const b = draft(
      article(
        'A man was jailed for fraud in Sydney on Monday.',
        'Mark Tedeschi, QC, the Crown prosecutor, told the court the scheme was "cruel and calculated".',
        '"He showed no remorse," he said.',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).toEqual(['Mark Tedeschi', 'Mark Tedeschi']);
    expect(b.people.find((p) => p.name === 'Mark Tedeschi')?.role).toBe('Crown prosecutor');
  });
});
