import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"quoting them as saying" after a group', () => {
  it('gives the words to the group "them" stands for, not to the one who quotes them', () => {
    const b = draft(
      article(
        'Ana Ruiz, head of the union, told reporters that pilots had complained three times, quoting them as saying to the tower on one occasion "You lined us up too close."',
      ),
    );
    expect(quoted(b)).toEqual([['Pilots', 'You lined us up too close.']]);
  });
});
