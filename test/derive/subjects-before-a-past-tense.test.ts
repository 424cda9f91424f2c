import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a name that a past tense follows is its subject', () => {
  it('gives the quote after "weighed in …, calling it" to the name described with "and"', () => {
    const b = draft(
      article(
        'Harbour master Ines Kowal said the storm was "the worst in forty years".',
        'City councillor and union member Vera Holm weighed in on the closure, calling it "a disgrace to the harbour".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ines Kowal', 'the worst in forty years'],
      ['Vera Holm', 'a disgrace to the harbour'],
    ]);
  });

  it('gives a quote to a name that a bracket stands before, when a past tense follows it', () => {
    const b = draft(
      article(
        'As head of history at the college (and one of the founders of the campaign) Alan Voss explained, "Libraries are the first thing to go."',
      ),
    );
    expect(quoted(b)).toEqual([['Alan Voss', 'Libraries are the first thing to go.']]);
  });
});
