import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('inverted attributions after a quote', () => {
  it('reads an inverted verb of saying with an adverb before it ("sentimentally asked X")', () => {
    const b = draft(
      article(
        'The crowd cheered when Anton Belov arrived. "The very same?" wistfully asked Belov.',
      ),
    );
    expect(quoted(b)).toEqual([['Anton Belov', 'The very same?']]);
  });
});
