import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a tribunal named only by its kind', () => {
  it('gives the words to "the tribunal" past a clause set off by commas', () => {
    const b = draft(
      article(
        'The former officer was sentenced to life in prison on Tuesday. The tribunal, besides handing down the sentence, stated that he had committed "grave crimes against the people".',
      ),
    );
    expect(quoted(b)).toEqual([['Tribunal', 'grave crimes against the people']]);
  });
});
