import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('reactions, advice and challenges in words', () => {
  it('gives a quote after "reacted that", "advised" and "challenged … to" to the subject', () => {
    const b = draft(
      article(
        'The government opposes the bill; Catherine Colonna, Minister charged with European Affairs, reacted that "It is the task of historians and not of lawmakers to clarify history."',
        'After the coup, the United States Department of State advised "U.S. citizens reconsider any non-essential travel to Thailand".',
        'Chair of the inquiry, Helena Kennedy challenged politicians to "rise above their party ranks".',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Catherine Colonna',
        'It is the task of historians and not of lawmakers to clarify history.',
      ],
      [
        'United States Department of State',
        'U.S. citizens reconsider any non-essential travel to Thailand',
      ],
      ['Helena Kennedy', 'rise above their party ranks'],
    ]);
  });
});
