import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('one word in marks before a plural noun', () => {
  it('is a label, not anyone’s words', () => {
    const b = draft(
      article(
        'Kem Sokha and Sam Rainsy met in Manila.',
        'Both leaders say they want to see reforms in the National Election Committee. The NEC must address voter and registration irregularities, especially “ghost” voters, they said.',
        'The OIE said the case was one of the “atypical” cases seen in older cattle.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('leaves a word in marks before a singular noun to its speaker', () => {
    const b = draft(article('The OIE said the case was an “atypical” case of the disease.'));
    expect(quoted(b)).toEqual([['OIE', 'atypical']]);
  });
});
