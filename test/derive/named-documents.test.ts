import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('documents named as the speaker of what they say', () => {
  it('gives a quote to a charter named before "which states"', () => {
    const b = draft(
      article(
        'The right is set out in Article 4 of the Northern Charter of Civic Rights, which states "[e]veryone may appeal a fine."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Northern Charter of Civic Rights', '[e]veryone may appeal a fine.'],
    ]);
  });

  it('gives both quotes joined by "and" to a constitution citing its article', () => {
    const b = draft(
      article(
        'Lawyers for the defence cited the law. The Constitution of Ruritania states in Article 12 "[n]o one shall be held without charge," and "[e]very trial shall be public."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Constitution of Ruritania', '[n]o one shall be held without charge'],
      ['Constitution of Ruritania', '[e]very trial shall be public.'],
    ]);
  });
});
