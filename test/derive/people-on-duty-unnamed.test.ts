import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('people on duty whom the story does not name', () => {
  it('gives words to "the judge" or "the police officer" when no one in the story holds the role', () => {
    const b = draft(
      article(
        'The tribunal ruled against the department on Friday.',
        'In court in June, the judge criticised the department’s “profound lack of candour” that might “reach the top”.',
        'The police officer said: “You are all under arrest for trespass.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['judge', 'profound lack of candour'],
      ['judge', 'reach the top'],
      ['police officer', 'You are all under arrest for trespass.'],
    ]);
  });

  it('leaves an office with no holder to no one, as its holder is someone the story would name', () => {
    const b = draft(
      article(
        'The council met on Friday.',
        'The prime minister said: “We will not change course.”',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
