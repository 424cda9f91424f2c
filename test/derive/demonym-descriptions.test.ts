import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a demonym and words in lower case before a name that opens a sentence', () => {
  it('makes the name the subject a later pronoun stands for', () => {
    const b = draft(
      article(
        'Thousands marched in the capital on Sunday.',
        '"They deceived people!" Anna Grey explained, criticising the organisers.',
        'Russian singer and recent opposition figure Olga Petrova also weighed in on the march. "I will say it openly," she wrote in her blog.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anna Grey', 'They deceived people!'],
      ['Olga Petrova', 'I will say it openly'],
    ]);
  });

  it('leaves a name after a verb or a preposition in such words where it was', () => {
    const b = draft(
      article(
        'Thousands marched in the capital on Sunday.',
        '"They deceived people!" Anna Grey explained, criticising the organisers.',
        'Russian police arrested Olga Petrova at the march. "We will not stop," she wrote in her blog.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anna Grey', 'They deceived people!'],
      ['Anna Grey', 'We will not stop'],
    ]);
  });
});
