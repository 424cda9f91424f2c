import { describe, expect, it } from 'vitest';
import { isForeignQuote } from '../../src/derive/translated-quotes.ts';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote printed in its own language and then in English is one speaker’s twice', () => {
  it('gives the original the speaker of the translation that follows it', () => {
    const b = draft(
      article(
        'Rosa Medina has fought for the clinic for years. The news agency Telam told of her work:',
        '"Nuestra ciudad necesita más escuelas y mejores hospitales para todos sus vecinos", recordó.',
        '"Our city needs more schools and better hospitals for all its residents," Medina recalled.',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Rosa Medina',
        'Nuestra ciudad necesita más escuelas y mejores hospitales para todos sus vecinos',
      ],
      ['Rosa Medina', 'Our city needs more schools and better hospitals for all its residents'],
    ]);
  });

  it('pairs the last originals of a run when an earlier one has its translation without marks', () => {
    const b = draft(
      article(
        'The mayor, Tomás Ruiz, defended the plan on local radio:',
        '"El puerto será el motor de la región durante los próximos veinte años", dijo el alcalde.',
        'The port will drive the region for the next twenty years, the mayor said.',
        'The bishop, Andrés Vidal, answered him the next day.',
        '"No podemos vender la costa a cualquier precio", afirmó el obispo.',
        '"We cannot sell the coast at any price," the bishop said.',
      ),
    );
    expect(quoted(b)).toContainEqual([
      'Andrés Vidal',
      'No podemos vender la costa a cualquier precio',
    ]);
  });

  it('leaves an original alone when the English quote after it is far longer', () => {
    const b = draft(
      article(
        '"Nuestra ciudad necesita escuelas".',
        '"Our city needs more schools and better hospitals for every one of its residents, and it needs them before the winter comes," Rosa Medina said.',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).not.toContain('Nuestra ciudad necesita escuelas');
  });

  it('tells words in another language from English and from a quoted pair of names', () => {
    expect(isForeignQuote('Надо начинать заниматься серьезной политикой')).toBe(true);
    expect(isForeignQuote('se le ha llamado la atención desde hace seis años')).toBe(true);
    expect(isForeignQuote('We have to take up serious politics.')).toBe(false);
    expect(isForeignQuote('Asian Hitler')).toBe(false);
  });
});
