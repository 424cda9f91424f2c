import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote in Spanish set off by a Spanish verb of saying', () => {
  it('gives the quote to the name right after the verb', () => {
    const b = draft(
      article(
        'Father Tomas Rivero spoke on local radio.',
        '“No podemos juzgar abruptamente esta decisión”, dijo Rivero en la radio.',
      ),
    );
    expect(quoted(b)).toEqual([['Tomas Rivero', 'No podemos juzgar abruptamente esta decisión']]);
  });

  it('gives the quote to a name after a description set off by a comma', () => {
    const b = draft(
      article(
        '“La provincia es pionera en la salud pública”, afirma el ministro de Salud provincial, Alberto Colli.',
      ),
    );
    expect(quoted(b)).toEqual([['Alberto Colli', 'La provincia es pionera en la salud pública']]);
  });

  it('does not take a name in a clause of its own after the verb', () => {
    const b = draft(
      article(
        '“La identidad viene dada por el sexo”, defendió el obispo, condenando el avance de la Ley de Identidad.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
