import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/content/check-library.ts';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a spokesperson for a person the story names', () => {
  it('speaks for that person, with no body of the same name beside them', () => {
    const b = draft(
      article(
        'The criticism came from United Nations Secretary-General Ban Ki-moon on Tuesday.',
        'A spokesperson for Ban Ki-moon stated, "The Secretary-General deplores the decision."',
      ),
    );
    expect(quoted(b)).toEqual([['Ban Ki-moon', 'The Secretary-General deplores the decision.']]);
    expect(b.organisations.map((o) => o.name)).not.toContain('Ban Ki-moon');
    expect(checkLibrary([{ file: 'draft.yaml', briefing: b }]).findings).toEqual([]);
  });
});
