import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone unnamed after an inverted verb of saying', () => {
  it('gives the quote to a described speaker that ends the clause after `said`', () => {
    const b = draft(
      article(
        'Doctors from the base held a clinic in the village on Tuesday.',
        '"The worst part of the day was seeing a baby born too early," said a combat medic.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['combat medic', 'The worst part of the day was seeing a baby born too early'],
    ]);
  });

  it('reads a noun in -ee as a person, after `warned` too', () => {
    const b = draft(
      article(
        'The leader of the movement died on Sunday.',
        '"If the state takes over the trust, that could spell its end," warned one devotee.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['devotee', 'If the state takes over the trust, that could spell its end'],
    ]);
  });

  it('does not take a described noun that goes on into a clause of its own', () => {
    const b = draft(
      article(
        'The council met on Monday.',
        '"We will vote again," said Anna Grey, a council member.',
        'She said a teacher had asked for the meeting.',
      ),
    );
    expect(quoted(b)).toEqual([['Anna Grey', 'We will vote again']]);
  });
});
