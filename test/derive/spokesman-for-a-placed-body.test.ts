import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a named spokesman of a body written after its country', () => {
  it('gives the words to the spokesman, not to the body he speaks for', () => {
    const b = draft(
      article(
        'Titus Mungo, spokesman for Kenya Red Cross Society, told Agence France-Presse "We are trying to reduce the prevalence".',
      ),
    );
    expect(quoted(b)).toEqual([['Titus Mungo', 'We are trying to reduce the prevalence']]);
  });
});
