import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { briefingData } from '../helpers/briefings.ts';

const good = stringify(briefingData());

function problemsOf(source: string): string[] {
  return parseBriefing('b.yaml', source).problems.map(formatProblem);
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(source: string, needle: string): number {
  return source.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('parsing one briefing file', () => {
  it('accepts a valid file and fills in the defaults', () => {
    const parsed = parseBriefing('b.yaml', good);
    expect(parsed.problems).toEqual([]);
    expect(parsed.briefing?.id).toBe('test-topic');
    expect(parsed.briefing?.aliases).toEqual([]);
    expect(parsed.briefing?.statements[0]?.notable).toBe(false);
  });

  it('reports broken YAML at its line and column', () => {
    const source = 'id: x\ntitle: [unclosed\nsummary: y\n';
    const [problem] = parseBriefing('b.yaml', source).problems;
    expect(problem?.file).toBe('b.yaml');
    // The flow sequence is found unclosed where the next line starts.
    expect([problem?.line, problem?.column]).toEqual([3, 1]);
    expect(problem?.severity).toBe('error');
    expect(parseBriefing('b.yaml', source).briefing).toBeUndefined();
  });

  it('reports a duplicated key at the second occurrence', () => {
    const source = good.replace(
      'summary: Something happened.',
      'summary: Something happened.\nsummary: Twice.',
    );
    const problems = parseBriefing('b.yaml', source).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(lineOf(source, 'summary: Twice.'));
    expect(problems[0]?.message).toMatch(/unique/i);
  });

  it('reports a wrong type with the field path and line', () => {
    const source = good.replace('paragraph: 1', 'paragraph: first');
    expect(problemsOf(source)).toEqual([
      `b.yaml:${lineOf(source, 'paragraph: first')}:16 statements.0.paragraph: use a whole paragraph number`,
    ]);
  });

  it('says what was expected and what was found', () => {
    const source = good.replace('summary: Something happened.', 'summary:\n  - a list');
    expect(problemsOf(source)).toEqual([
      `b.yaml:${lineOf(source, '- a list')}:3 summary: should be string, not a list`,
    ]);
  });

  it('reports a missing required field on the mapping that lacks it', () => {
    const data = briefingData();
    delete data.summary;
    const source = stringify(data);
    expect(problemsOf(source)).toEqual(['b.yaml:1:1 summary: is required but missing']);
  });

  it('reports an unknown (misspelt) field at its key', () => {
    const source = good.replace('summary:', 'sumary: x\nsummary:');
    expect(problemsOf(source)).toEqual([
      `b.yaml:${lineOf(source, 'sumary:')}:1 sumary: unknown field "sumary" (check the spelling, or remove it)`,
    ]);
  });

  it('reports an unknown field at its key whatever the key is, and one it cannot find on its mapping', () => {
    const source = `${good}1: x\ntrue: x\n[a, b]: x\n~: x\n`;
    expect(problemsOf(source)).toEqual([
      `b.yaml:${lineOf(source, '1: x')}:1 1: unknown field "1" (check the spelling, or remove it)`,
      `b.yaml:${lineOf(source, 'true: x')}:1 true: unknown field "true" (check the spelling, or remove it)`,
      // A key that is a list has no one place to point at: the mapping's start is given.
      'b.yaml:1:1 [ a, b ]: unknown field "[ a, b ]" (check the spelling, or remove it)',
      `b.yaml:${lineOf(source, '~: x')}:1: unknown field "" (check the spelling, or remove it)`,
    ]);
  });

  it('reports a missing field where the mapping starts, after any comment', () => {
    const data = briefingData();
    delete data.summary;
    expect(problemsOf(`# Edited by hand\n\n${stringify(data)}`)).toEqual([
      'b.yaml:3:1 summary: is required but missing',
    ]);
  });

  it('reports what the schema finds and what the checks find, each once', () => {
    const source = good
      .replace('title: A test topic\n', '')
      .replace('speaker: ada-lovelace', 'speaker: Ada!');
    // The checks also find the speaker unknown: the same problem as the schema's, so left out.
    expect(problemsOf(source)).toEqual([
      'b.yaml:1:1 title: is required but missing',
      `b.yaml:${lineOf(source, 'speaker: Ada!')}:14 statements.0.speaker: use lowercase letters, digits and single hyphens`,
    ]);
  });

  it('reports a bad statement kind and a bad date in plain words', () => {
    const source = good
      .replace('kind: direct', 'kind: quote')
      .replace('updated: 2025-01-02', 'updated: last week');
    const problems = problemsOf(source);
    expect(problems).toContain(
      `b.yaml:${lineOf(source, 'kind: quote')}:11 statements.0.kind: kind must be direct, partial or paraphrase`,
    );
    expect(
      problems.some((p) =>
        p.startsWith(`b.yaml:${lineOf(source, 'updated:')}:10 updated: use a date`),
      ),
    ).toBe(true);
  });

  it('reports a speaker who is not defined, naming those who are', () => {
    const source = good.replace('speaker: ada-lovelace', 'speaker: charles-babbage');
    expect(problemsOf(source)).toEqual([
      `b.yaml:${lineOf(source, 'charles-babbage')}:14 statements.0.speaker: speaker "charles-babbage" is not listed under people, organisations or groups (known: ada-lovelace)`,
    ]);
  });

  it('reports statement text that is not in its context sentence', () => {
    const source = good.replace('text: It happened\n', 'text: It never happened\n');
    const problems = parseBriefing('b.yaml', source).problems;
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['statements.0.text', lineOf(source, 'It never happened')],
    ]);
  });

  it('reports two entries sharing an id', () => {
    const source = stringify(
      briefingData({ organisations: [{ id: 'ada-lovelace', name: 'Lovelace Ltd' }] }),
    );
    const problems = parseBriefing('b.yaml', source).problems;
    expect(problems.map((p) => p.path)).toEqual(['organisations.0.id']);
    expect(problems[0]?.message).toContain('already used at people.0');
  });

  it('rejects a file that is not a mapping, and an empty file', () => {
    expect(problemsOf('- just\n- a list\n')).toEqual([
      'b.yaml:1:1: a briefing file must be a YAML mapping of fields (id, title, summary, …)',
    ]);
    expect(parseBriefing('b.yaml', '').briefing).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    for (const source of [
      '\u0000',
      ': : :',
      '{{{',
      'id: [1, 2',
      '*alias',
      '!!binary x',
      'a: &x\n b: *x',
    ]) {
      expect(() => parseBriefing('b.yaml', source)).not.toThrow();
    }
  });
});

describe('what a briefing file with a wrong type is told', () => {
  const messages = (overrides: Record<string, unknown>) =>
    parseBriefing('b.yaml', stringify(briefingData(overrides))).problems.map((p) => p.message);

  it.each([
    ['an empty value', { summary: null }, 'should be string, not empty'],
    ['a mapping', { summary: { a: 'b' } }, 'should be string, not a mapping'],
    ['a number', { summary: 5 }, 'should be string, not number 5'],
    ['a yes or no', { summary: true }, 'should be string, not boolean true'],
    ['text for a list', { keyPoints: 'nope' }, 'should be a list, not the text "nope"'],
    ['text for a mapping', { source: 'x' }, 'should be a mapping of fields, not the text "x"'],
    [
      'text of 40 characters',
      { source: 'y'.repeat(40) },
      `should be a mapping of fields, not the text "${'y'.repeat(40)}"`,
    ],
    [
      'longer text, cut',
      { source: 'y'.repeat(41) },
      `should be a mapping of fields, not the text "${'y'.repeat(40)}…"`,
    ],
  ])('%s', (_, overrides, message) => {
    expect(messages(overrides)).toEqual([message]);
  });

  it('names only the speakers with an id when one entry lacks its id', () => {
    const people = [
      { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Mathematician' },
      { name: 'No Id', role: 'Nobody' },
    ];
    const statements = [
      {
        speaker: 'babbage',
        kind: 'direct',
        text: 'It happened',
        context: 'It happened.',
        paragraph: 1,
      },
    ];
    expect(messages({ people, statements })).toContain(
      'speaker "babbage" is not listed under people, organisations or groups (known: ada-lovelace)',
    );
  });

  it('serves a briefing whose only problem is a warning, and marks each problem by severity', () => {
    const warned = parseBriefing('b.yaml', stringify(briefingData({ aliases: ['test-topic'] })));
    expect(warned.briefing?.id).toBe('test-topic');
    expect(warned.problems.map((p) => p.severity)).toEqual(['warning']);

    const broken = parseBriefing('b.yaml', stringify(briefingData({ summary: 5, extra: 1 })));
    expect(broken.briefing).toBeUndefined();
    expect(broken.problems.map((p) => [p.path, p.severity])).toEqual([
      ['summary', 'error'],
      ['extra', 'error'],
    ]);
  });
});

describe('what a file that is not a briefing is told', () => {
  const filler = Array.from({ length: 10 }, (_, i) => `k${i}: v`).join('\n');

  it.each([
    ['an empty file', ''],
    ['a line of text', 'just text'],
    ['a number', '42'],
  ])('%s must be a mapping of fields', (_, source) => {
    expect(problemsOf(source)).toEqual([
      'b.yaml:1:1: a briefing file must be a YAML mapping of fields (id, title, summary, …)',
    ]);
  });

  it('gives broken YAML the parser’s first line, without its position, which is given apart', () => {
    expect(problemsOf(`${filler}\ntitle:      [unclosed\nsummary: y\n`)).toEqual([
      'b.yaml:12:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problemsOf(`${filler}\ntitle:      {a: 1, a: 2}\n`)).toEqual([
      'b.yaml:11:20: Map keys must be unique',
    ]);
  });

  it('gives a YAML message without the space left before its position', () => {
    // The parser quotes the bad escape with the space after it.
    expect(problemsOf('id: "\\x4 z"\n')).toEqual(['b.yaml:1:6: Invalid escape sequence \\x4']);
  });

  it('refuses a file whose aliases would expand without limit', () => {
    const source = `a: &x [1]\nb: [${Array.from({ length: 101 }, () => '*x').join(', ')}]\n`;
    expect(problemsOf(source)).toEqual([
      'b.yaml:1:1: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});
