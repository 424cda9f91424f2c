import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('a date written with a word for which one', () => {
  it('takes "Last December" or "Next Tuesday" for a date, never a name', () => {
    const b = draft(
      article(
        'Spurgeon Manor, Dallas Center: Last December, a nurse aide reported that an aide had struck a resident.',
        'Next Tuesday, inspectors will return to the home, Ada Lund said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ada Lund']);
  });
});
