import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('Spanish and Portuguese names with "de"', () => {
  it('does not list a noun with "de" as a person, but keeps people whose names hold it', () => {
    const b = draft(
      article(
        'Crowds filled the Mercado de las Flores after the Reforma de Salud passed.',
        'The mayor, Gilberto da Rocha, opened the Teatro do Povo on Monday.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Gilberto da Rocha']);
  });
});
