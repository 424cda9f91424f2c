import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a role that names another kind of the same office', () => {
  it('never makes the prime minister the foreign minister', () => {
    const b = draft(
      article(
        'Abbott set to ramp up national security',
        'Embattled on most fronts, Tony Abbott is switching attention to national security.',
        'In his weekly video, the prime minister stepped up the rhetoric, declaring that “for too long we have given those who might be a threat the benefit of the doubt.”',
        'Foreign Minister Julie Bishop said the government had been looking at tightening procedures.',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Tony Abbott',
        'for too long we have given those who might be a threat the benefit of the doubt.',
      ],
    ]);
    const bishop = b.people.find((p) => p.name === 'Julie Bishop');
    expect(bishop?.aliases).not.toContain('the prime minister');
  });

  it('still finds the holder of the same office spelt another way', () => {
    const b = draft(
      article(
        'Defence spending rises',
        'Defense Secretary Ada Lund announced the budget on Monday.',
        '“This is the largest rise in a decade,” the defence secretary said.',
      ),
    );
    expect(quoted(b)).toEqual([['Ada Lund', 'This is the largest rise in a decade']]);
  });
});
