import type { Clause } from './clause.ts';
import type { Entity } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';

/**
 * Verbs of saying in Spanish and Portuguese, in the third-person forms that follow a quote in news
 * copy (`”, afirma el ministro …, Alejandro Collia.`, `”, dijo Chuquillanqui en RPP.`). Posts that
 * quote a Latin American source print the source's own sentence, attribution and all, before the
 * translation; none of these forms is an English word, so they cannot misread English text.
 */
const verbs = [
  'dijo',
  'dice',
  'decía',
  'dicho',
  'afirma',
  'afirmó',
  'afirmaba',
  'afirmado',
  'declara',
  'declaró',
  'declarado',
  'recuerda',
  'recordó',
  'señala',
  'señaló',
  'señalado',
  'explica',
  'explicó',
  'indica',
  'indicó',
  'asegura',
  'aseguró',
  'añade',
  'añadió',
  'agrega',
  'agregó',
  'sostiene',
  'sostuvo',
  'expresó',
  'manifestó',
  'manifestado',
  'comenta',
  'comentó',
  'defendió',
  'subrayó',
  'destacó',
  'advirtió',
  'insistió',
  'precisó',
  'concluyó',
  'disse',
  'afirmou',
  'declarou',
  'explicou',
  'acrescentou',
];

/** Right after the closing mark: a comma, perhaps an auxiliary, and one of the verbs. */
const after = new RegExp(
  `^[\\s,]*(?:(?:ha|había|tem)\\s+)?(?:${verbs.join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The speaker named after a foreign verb of saying that follows the quote, within the sentence:
 * the first name after the verb that stands for a person or a body. A verb with no name after it
 * (`”, afirmó.`, `”, ha manifestado el religioso.`) names no one here.
 */
export function foreignVerbSpeaker(clause: Clause, quote: QuoteSpan): Entity | undefined {
  const from = quote.close - clause.sentence.start;
  const verb = after.exec(clause.masked.slice(from));
  if (!verb) return undefined;
  const verbEnd = from + verb[0].length;
  const name = clause.mentions.find((m) => m.kind === 'name' && m.start >= verbEnd);
  // The name follows the verb at once (`dijo Chuquillanqui`) or after a description set off by a
  // comma (`afirma el ministro de Salud provincial, Alejandro Collia`); a name further on, after a
  // clause of its own (`defendió el obispo, condenando … la Ley de Identidad`), is not the speaker.
  const between = name ? clause.masked.slice(verbEnd, name.start) : '';
  if (!name || between.length > 60 || !/^\s*$|,\s*$/u.test(between)) return undefined;
  const entity = clause.resolved.get(name);
  return entity && (entity.kind === 'person' || entity.kind === 'organisation')
    ? entity
    : undefined;
}
