import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a subheading printed in marks', () => {
  it('is the words of the one whose later quote holds them', () => {
    const b = draft(
      article(
        'The Nebraska Department of Revenue said the tour had drawn large crowds.',
        '‘With business leaders in Omaha and Lincoln nonstop’',
        '“I think I spend 70 percent of my time in Lincoln and Omaha,” Jim Pillen told reporters. “I’m with business leaders in Omaha and Lincoln nonstop.”',
      ),
    );
    expect(quoted(b)[0]).toEqual([
      'Jim Pillen',
      'With business leaders in Omaha and Lincoln nonstop',
    ]);
  });
});
