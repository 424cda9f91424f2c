import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('how and by whom words are said, after the quote', () => {
  it('reads "thundered" as a verb of saying, and "say" with a plural after a quote', () => {
    const b = draft(
      article(
        '“My arrest sheet says I was praying,” thundered Rev. William Barlow, a leader of the movement, from the main stage.',
        '“We are standing up to live better,” say retail workers, twisting the company’s slogan.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['William Barlow', 'My arrest sheet says I was praying'],
      ['Workers', 'We are standing up to live better'],
    ]);
  });

  it('does not take a word in marks before a bare verb for a quote with a speaker', () => {
    const b = draft(
      article(
        'Why should some debased ‘pastors’ insist on misleading people?',
        'McCabe has promised to “vigorously and completely” continue the investigation.',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).not.toContain('pastors');
    expect(quoted(b).filter(([speaker]) => speaker !== 'McCabe')).toEqual([]);
  });

  it('reads a court’s "ruled" and a judge’s "reprimanded" after a quote as their words', () => {
    const b = draft(
      article(
        'The state Supreme Court sent the case back on Tuesday.',
        '“It is thus premature to conclude that the firm is a common carrier,” the court ruled.',
        'Judge Kate Olsen heard the police next. “Your self-assessment is unduly glowing,” Olsen reprimanded the police’s counsel.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Supreme Court', 'It is thus premature to conclude that the firm is a common carrier'],
      ['Kate Olsen', 'Your self-assessment is unduly glowing'],
    ]);
  });
});
