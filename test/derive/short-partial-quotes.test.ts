import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('short partial quotes', () => {
  it('gives words quoted in a sentence whose subject spoke last in the paragraph to that speaker', () => {
    const b = draft(
      article(
        'Ivo Markov explained his return in a post. "Chance itself," he argued, put his two rivals in one room. He could "no longer bear" the weight of "disgrace" in the room.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ivo Markov', 'Chance itself'],
      ['Ivo Markov', 'no longer bear'],
      ['Ivo Markov', 'disgrace'],
    ]);
  });

  it('leaves words quoted about someone else unattributed', () => {
    const b = draft(
      article(
        'Ivo Markov explained his return in a post. "Chance itself," he argued, put his rivals in one room. The city council shut the "rotten" pits on Monday.',
      ),
    );
    expect(quoted(b)).toEqual([['Ivo Markov', 'Chance itself']]);
  });
});
