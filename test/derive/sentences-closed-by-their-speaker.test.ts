import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a sentence that ends by naming who said it', () => {
  it('gives its quotes to that speaker, past a verb of saying in a clause between', () => {
    const b = draft(
      article(
        'Jerry Gonzalez leads the association of Latino officials in the state.',
        'The rumor “spread like wildfire” after a manager told workers at one plant that a raid was coming, with some people “running through the woods” to return home, he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jerry Gonzalez', 'spread like wildfire'],
      ['Jerry Gonzalez', 'running through the woods'],
    ]);
  });

  it('still gives a quote to the verb right after it when that verb ends the sentence', () => {
    const b = draft(
      article(
        'Jerry Gonzalez leads the association of Latino officials in the state.',
        'Workers were “terrified,” a manager told reporters.',
      ),
    );
    expect(quoted(b)).toEqual([['manager', 'terrified']]);
  });
});
