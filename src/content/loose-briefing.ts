import type { Briefing } from './briefing-schema.ts';

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const textsOf = (value: unknown): string[] =>
  listOf(value).filter((item): item is string => typeof item === 'string');

/**
 * A file that failed the schema, shaped just enough for `checkBriefing`, so that one run of
 * `validate` reports an unknown speaker beside a misspelt field instead of only after it is fixed.
 * Every list keeps its positions (findings name `statements.3.speaker`); a missing or malformed
 * value becomes empty, which the checks pass over, and the schema has already reported it.
 */
export function looseBriefing(data: Fields): Briefing {
  const entries = (key: string) =>
    listOf(data[key]).map((value) => {
      const fields = fieldsOf(value);
      return {
        ...fields,
        id: textOf(fields.id),
        aliases: textsOf(fields.aliases),
        members: textsOf(fields.members),
      };
    });
  const statements = listOf(data.statements).map((value) => {
    const fields = fieldsOf(value);
    const text = textOf(fields.text);
    const context = textOf(fields.context);
    // Only a pair of real texts can be compared; either one missing is the schema's to report.
    const comparable = text !== '' && context !== '';
    return {
      ...fields,
      speaker: textOf(fields.speaker),
      text: comparable ? text : '',
      context: comparable ? context : '',
    };
  });
  return {
    ...data,
    id: textOf(data.id),
    aliases: textsOf(data.aliases),
    people: entries('people'),
    organisations: entries('organisations'),
    groups: entries('groups'),
    places: entries('places'),
    statements,
  } as unknown as Briefing;
}
