import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a single name that goes on with "he" or "she"', () => {
  it('takes "Bichsel said he" for a man, and a facility for a body', () => {
    const b = draft(
      article(
        'They hammered on the fences around Strategic Weapons Facility – Pacific (SWFPAC) and were detained.',
        'Bichsel said he feels compelled by his faith to go on. “The power of the resurrection is much stronger than our destructive ways,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Bichsel']);
    expect(b.organisations.map((o) => o.name)).toContain('Strategic Weapons Facility');
    expect(quoted(b)).toEqual([
      ['Bichsel', 'The power of the resurrection is much stronger than our destructive ways'],
    ]);
  });

  it('leaves a body placed after a person a body', () => {
    const b = draft(
      article(
        'Bawinile Khoza of Siyabathanda said she met Zungu last year. She had helped with forms.',
      ),
    );
    expect(b.people.map((p) => p.name)).not.toContain('Siyabathanda');
  });
});
