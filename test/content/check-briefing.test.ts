import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { checkBriefing } from '../../src/content/check-briefing.ts';
import { briefingData } from '../helpers/briefings.ts';

const ada = { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Mathematician' };
const check = (overrides: Record<string, unknown>) =>
  checkBriefing(briefingSchema.parse(briefingData(overrides)));
const statement = (text: string, context: string) => ({
  speaker: 'ada-lovelace',
  kind: 'direct',
  text,
  context,
  paragraph: 1,
});

describe('checks across one briefing', () => {
  it('reports each problem as an error at its path, and a repeated alias as a warning', () => {
    expect(
      check({
        people: [ada, { ...ada, name: 'Ada Again' }],
        groups: [{ id: 'club', name: 'The Club', members: ['ada-lovelace', 'club', 'nobody'] }],
        statements: [{ ...statement('It happened', 'Nothing did.'), speaker: 'babbage' }],
        aliases: ['test-topic'],
      }),
    ).toEqual([
      {
        path: ['people', 1, 'id'],
        message:
          'id "ada-lovelace" is already used at people.0; every person, organisation, group and place needs its own id',
        severity: 'error',
      },
      {
        path: ['statements', 0, 'speaker'],
        message:
          'speaker "babbage" is not listed under people, organisations or groups (known: ada-lovelace, club)',
        severity: 'error',
      },
      {
        path: ['statements', 0, 'text'],
        message: 'the statement text must appear word for word in its context sentence',
        severity: 'error',
      },
      {
        path: ['groups', 0, 'members', 1],
        message: 'member "club" is not a person or organisation in this briefing',
        severity: 'error',
      },
      {
        path: ['groups', 0, 'members', 2],
        message: 'member "nobody" is not a person or organisation in this briefing',
        severity: 'error',
      },
      {
        path: ['aliases', 0],
        message: `alias "test-topic" repeats the briefing's own id`,
        severity: 'warning',
      },
    ]);
  });

  it('says when no speaker is defined at all', () => {
    expect(check({ people: [] }).map((finding) => finding.message)).toContain(
      'speaker "ada-lovelace" is not listed under people, organisations or groups (known: none defined)',
    );
  });

  it.each([
    ['curly apostrophes', "it's late", 'Ada said it’s late.'],
    ['curly double quotes', '"no," she said', 'Ada: “no,” she said.'],
    ['a line break and double spaces', 'a b c', 'Then a\n b  c.'],
    ['spaces around the text', ' “late” ', 'It was "late".'],
  ])('finds a statement in its context whatever the %s', (_, text, context) => {
    expect(check({ statements: [statement(text, context)] })).toEqual([]);
  });

  it.each([
    ['words of the same length', 'abc', 'xyz'],
    ['spaces in other places', 'ab c', 'a bc'],
  ])('reports a statement whose context has only %s', (_, text, context) => {
    expect(check({ statements: [statement(text, context)] }).map((f) => f.path)).toEqual([
      ['statements', 0, 'text'],
    ]);
  });
});
