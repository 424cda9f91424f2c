import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a surname behind an elided de', () => {
  it('keeps "d’Escoto" inside the full name and lets it stand alone for that person', () => {
    const b = draft(
      article(
        'On Tuesday, Miguel d\'Escoto Brockmann, President of the Assembly, condemned the attack, saying, "The situation is untenable."',
        '"You have to attack problems at their root cause," added d\'Escoto.',
      ),
    );
    expect(quoted(b)).toEqual([
      ["Miguel d'Escoto Brockmann", 'The situation is untenable.'],
      ["Miguel d'Escoto Brockmann", 'You have to attack problems at their root cause'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(["Miguel d'Escoto Brockmann"]);
  });
});
