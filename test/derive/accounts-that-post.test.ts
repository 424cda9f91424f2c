import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('accounts that post for their owner', () => {
  it('gives a post from "the official Twitter account of X" to X, not to the last speaker', () => {
    const b = draft(
      article(
        'The singer died on Monday, Mayor Ann Lee said. The official Twitter account of Oxfam posted a message saying, "We have lost our friend."',
      ),
    );
    expect(quoted(b)).toEqual([['Oxfam', 'We have lost our friend.']]);
  });
});
