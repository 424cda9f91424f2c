import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone else’s words that a speaker invokes', () => {
  it('are the speaker’s, and the next "he" stays with the speaker', () => {
    const b = draft(
      article(
        'Anthony Albanese conceded defeat on Saturday night.',
        'Albanese invoked Winston Churchill’s words, “Success is not final. Failure is not fatal.”',
        '“I absolutely respect the decision of the Australian people,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anthony Albanese', 'Success is not final. Failure is not fatal.'],
      ['Anthony Albanese', 'I absolutely respect the decision of the Australian people'],
    ]);
  });

  it('are still the owner’s when only reported', () => {
    const b = draft(
      article(
        'Anthony Albanese conceded defeat.',
        'He rejected Peter Dutton’s claim that the vote was “a vote for division.”',
      ),
    );
    expect(quoted(b)).toEqual([['Peter Dutton', 'a vote for division.']]);
  });
});
