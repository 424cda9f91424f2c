import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('speakers behind descriptions', () => {
  it('reads two roles joined by a slash as a description of the name after them', () => {
    const b = draft(
      article(
        'The governors of five regions resigned this week.',
        'Opposition activist/blogger Oleg Petrov calls this “electoral theft” and a plan of deception.',
      ),
    );
    expect(quoted(b)).toEqual([['Oleg Petrov', 'electoral theft']]);
  });

  it('looks past an owner of several words whose possessive is a bare apostrophe', () => {
    const b = draft(
      article(
        'The vote is on Tuesday.',
        'Island Weblogs Bahamas’ Edward Rolle wonders "what the nation would look like now if the vote went the other way".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Edward Rolle', 'what the nation would look like now if the vote went the other way'],
    ]);
  });

  it('reads a publication named after what it is, dated before its verb, as the speaker', () => {
    const b = draft(
      article(
        'The dispute over the shoal went on.',
        'Nationalist media outlet Harbour Times’s editorial on May 9, stated that "it would be a miracle if the standoff ended without a fight".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Harbour Times', 'it would be a miracle if the standoff ended without a fight'],
    ]);
  });
});
