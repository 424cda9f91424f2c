import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('the same pronoun again after "and"', () => {
  it('keeps "it" for the body that opened the sentence, not a body named between', () => {
    const b = draft(
      article(
        'The Harbour Standards Committee published its report on Thursday.',
        'It said the Port Authority had ignored complaints from fishermen, and it called on the port to “change its ways at once”.',
      ),
    );
    expect(quoted(b)).toEqual([['Harbour Standards Committee', 'change its ways at once']]);
  });
});
