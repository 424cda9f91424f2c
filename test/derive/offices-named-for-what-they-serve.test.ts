import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('an office named for what it serves', () => {
  it('does not read the last word of "High Commissioner for Human Rights" as a person', () => {
    const b = draft(
      article(
        'The UN High Commissioner for Human Rights released a report on Monday.',
        'Ann Lee, a lawyer in Geneva, welcomed it.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ann Lee']);
  });
});
