import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a name in apposition to a role that a verb acts on', () => {
  it('is no subject, so a later “she said” goes back to the spokeswoman', () => {
    const b = draft(
      article(
        'Rumi Nielson, a spokeswoman for the army, said 30 insurgents were killed. The operation targeted a local commander, Mullah Siddiq. "We are confident that we struck the right compound," she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rumi Nielson', 'We are confident that we struck the right compound'],
    ]);
  });

  it('still reads the name after an inverted verb of saying (“said the festival’s director, X”)', () => {
    const b = draft(article('"We will rebuild," said the festival\'s director, Rosa Delgado.'));
    expect(quoted(b)).toEqual([['Rosa Delgado', 'We will rebuild']]);
  });
});
