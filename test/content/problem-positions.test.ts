import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { compareProblems, formatProblem, type Problem } from '../../src/content/problem.ts';

// Every position below is counted by hand on this text: line, then column, both from 1.
const lines = [
  'id: test-topic', // 1
  'title: A test topic', // 2
  'updated: 2025-01-02', // 3
  'summary: Something happened.', // 4
  'aliases: [other-name]', // 5
  'keyPoints:', // 6
  '  - text: It happened.', // 7
  '    paragraphs: [1]', // 8
  'source:', // 9
  '  publisher: Test Times', // 10
  '  headline: It happened', // 11
  '  pageDate: 2025-01-02', // 12
  'people:', // 13
  '  - id: ada-lovelace', // 14
  '    name: Ada Lovelace', // 15
  '    role: Mathematician', // 16
  'organisations:', // 17
  '  - id: royal-society', // 18
  '    name: Royal Society', // 19
  'groups:', // 20
  '  - id: both', // 21
  '    name: Both of them', // 22
  '    members: [ada-lovelace, royal-society]', // 23
  'statements:', // 24
  '  - speaker: ada-lovelace', // 25
  '    kind: direct', // 26
  '    text: It happened', // 27
  '    context: "“It happened,” Lovelace said."', // 28
  '    paragraph: 1', // 29
];
const source = `${lines.join('\n')}\n`;

/** The source with line `line` replaced by `text` (more lines, or none when null). */
function edit(line: number, text: string | null): string {
  const copy = [...lines];
  copy.splice(line - 1, 1, ...(text === null ? [] : [text]));
  return `${copy.join('\n')}\n`;
}

/** The source with `text` inserted after line `after`. */
function insert(after: number, text: string): string {
  return edit(after, `${lines[after - 1]}\n${text}`);
}

const problems = (text: string) => parseBriefing('b.yaml', text).problems.map(formatProblem);

describe('where validate says a problem is, as file:line:column', () => {
  it('finds nothing in the file the positions are counted on', () => {
    expect(problems(source)).toEqual([]);
  });

  it('a YAML syntax error: where the parser found it', () => {
    expect(problems(edit(2, 'title: [unclosed'))).toEqual([
      'b.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problems(insert(4, 'summary: Twice.'))).toEqual(['b.yaml:5:1: Map keys must be unique']);
  });

  it('a wrong value: at the value, however deep', () => {
    expect(problems(edit(29, '    paragraph: first'))).toEqual([
      'b.yaml:29:16 statements.0.paragraph: use a whole paragraph number',
    ]);
    expect(problems(edit(4, 'summary:\n  - a list'))).toEqual([
      'b.yaml:5:3 summary: should be string, not a list',
    ]);
    expect(problems(edit(26, '    kind: quote'))).toEqual([
      'b.yaml:26:11 statements.0.kind: kind must be direct, partial or paraphrase',
    ]);
    expect(problems(edit(8, '    paragraphs: []'))).toEqual([
      'b.yaml:8:17 keyPoints.0.paragraphs: name the paragraph(s) this point rests on',
    ]);
    expect(problems(edit(3, 'updated: last week'))).toEqual([
      'b.yaml:3:10 updated: use a date such as 2024-06-19 or a timestamp such as 2024-06-19T08:00:00Z',
      'b.yaml:3:10 updated: is not a real date',
    ]);
  });

  it('a missing field: at the mapping that lacks it', () => {
    expect(problems(edit(4, null))).toEqual(['b.yaml:1:1 summary: is required but missing']);
    expect(problems(edit(15, null))).toEqual([
      'b.yaml:14:5 people.0.name: is required but missing',
    ]);
  });

  it('an unknown field: at its key', () => {
    expect(problems(insert(4, 'sumary: x'))).toEqual([
      'b.yaml:5:1 sumary: unknown field "sumary" (check the spelling, or remove it)',
    ]);
    expect(problems(insert(16, '    rol: x'))).toEqual([
      'b.yaml:17:5 people.0.rol: unknown field "rol" (check the spelling, or remove it)',
    ]);
  });

  it('a check across the briefing: at the field it concerns', () => {
    expect(problems(edit(25, '  - speaker: charles-babbage'))).toEqual([
      'b.yaml:25:14 statements.0.speaker: speaker "charles-babbage" is not listed under people, organisations or groups (known: ada-lovelace, royal-society, both)',
    ]);
    expect(problems(edit(27, '    text: It never happened'))).toEqual([
      'b.yaml:27:11 statements.0.text: the statement text must appear word for word in its context sentence',
    ]);
    expect(problems(edit(23, '    members: [ada-lovelace, nobody]'))).toEqual([
      'b.yaml:23:29 groups.0.members.1: member "nobody" is not a person or organisation in this briefing',
    ]);
    expect(problems(edit(18, '  - id: ada-lovelace'))).toEqual([
      'b.yaml:18:9 organisations.0.id: id "ada-lovelace" is already used at people.0; every person, organisation, group and place needs its own id',
      'b.yaml:23:29 groups.0.members.1: member "royal-society" is not a person or organisation in this briefing',
    ]);
    expect(problems(edit(5, 'aliases: [test-topic]'))).toEqual([
      `b.yaml:5:11 aliases.0: alias "test-topic" repeats the briefing's own id (warning)`,
    ]);
  });

  it('a value of the wrong type: what was expected and what was found, at the value', () => {
    const without = (text: string, block: string) => text.replace(block, '');
    expect(problems(edit(4, 'summary: 123'))).toEqual([
      'b.yaml:4:10 summary: should be string, not number 123',
    ]);
    expect(problems(edit(4, 'summary: true'))).toEqual([
      'b.yaml:4:10 summary: should be string, not boolean true',
    ]);
    expect(problems(edit(4, 'summary: {a: 1}'))).toEqual([
      'b.yaml:4:10 summary: should be string, not a mapping',
    ]);
    expect(problems(edit(4, 'summary:'))).toEqual([
      'b.yaml:4:9 summary: should be string, not empty',
    ]);
    expect(
      problems(without(edit(6, 'keyPoints: x'), '\n  - text: It happened.\n    paragraphs: [1]')),
    ).toEqual(['b.yaml:6:12 keyPoints: should be a list, not the text "x"']);
    const source = (value: string) =>
      problems(
        without(
          edit(9, `source: ${value}`),
          '\n  publisher: Test Times\n  headline: It happened\n  pageDate: 2025-01-02',
        ),
      );
    expect(source('[1]')).toEqual(['b.yaml:9:9 source: should be a mapping of fields, not a list']);
    expect(source('y'.repeat(45))).toEqual([
      `b.yaml:9:9 source: should be a mapping of fields, not the text "${'y'.repeat(40)}…"`,
    ]);
  });

  it('keeps a file with an error out of service, and serves one with only warnings', () => {
    for (const broken of [
      edit(25, '  - speaker: charles-babbage'),
      edit(27, '    text: It never happened'),
      edit(23, '    members: [ada-lovelace, nobody]'),
      edit(18, '  - id: ada-lovelace'),
      insert(4, 'sumary: x'),
      edit(29, '    paragraph: first'),
      '- just\n- a list\n',
    ]) {
      const parsed = parseBriefing('b.yaml', broken);
      expect(parsed.briefing).toBeUndefined();
      expect(parsed.problems.map((problem) => problem.severity)).toContain('error');
    }
    const warned = parseBriefing('b.yaml', edit(5, 'aliases: [test-topic]'));
    expect(warned.briefing?.id).toBe('test-topic');
    expect(warned.problems.map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('a file that is not a mapping: at its start', () => {
    expect(problems('- just\n- a list\n')).toEqual([
      'b.yaml:1:1: a briefing file must be a YAML mapping of fields (id, title, summary, …)',
    ]);
  });
});

describe('where a check across files says a problem is', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('points at the field in the file that clashes, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-positions-'));
    dirs.push(dir);
    const second = source
      .replace('id: test-topic', 'id: second')
      .replace('aliases: [other-name]', 'aliases: [test-topic]\nrelated: [missing-one]')
      .replace('name: Ada Lovelace', 'name: Augusta Ada King')
      .replace('    role: Mathematician', '    role: Mathematician\n    aliases: [Royal Society]');
    writeFileSync(join(dir, 'a.yaml'), source);
    writeFileSync(join(dir, 'b.yaml'), second);
    writeFileSync(join(dir, 'c.yaml'), source.replace('A test topic', 'Same id again'));
    const found = createBriefingFiles(dir)
      .loadAll()
      .problems.map((problem) => formatProblem(problem).replaceAll(`${dir}/`, ''));
    expect(found).toEqual([
      'b.yaml:5:11 aliases.0: alias "test-topic" also names briefing "test-topic"; /brief test-topic will ask which one (warning)',
      'b.yaml:6:11 related.0: related briefing "missing-one" does not exist (warning)',
      'b.yaml:16:11 people.0.name: "ada-lovelace" is called "Ada Lovelace" in a.yaml; one id should have one name (warning)',
      'b.yaml:18:15 people.0.aliases.0: "Royal Society" fits both "royal-society" and "ada-lovelace"; make the alias more specific (warning)',
      'c.yaml:1:5 id: briefing id "test-topic" is already used by a.yaml; this file is skipped',
    ]);
  });
});

describe('the order problems are listed in', () => {
  it('is by file, then line, then column', () => {
    const at = (file: string, line: number, column: number): Problem => ({
      file,
      line,
      column,
      path: '',
      message: 'm',
      severity: 'error',
    });
    const sorted = [at('b.yaml', 1, 1), at('a.yaml', 9, 2), at('a.yaml', 3, 7), at('a.yaml', 9, 1)]
      .sort(compareProblems)
      .map((problem) => `${problem.file}:${problem.line}:${problem.column}`);
    expect(sorted).toEqual(['a.yaml:3:7', 'a.yaml:9:1', 'a.yaml:9:2', 'b.yaml:1:1']);
    expect(compareProblems(at('a.yaml', 2, 5), at('a.yaml', 5, 1))).toBeLessThan(0);
    expect(compareProblems(at('a.yaml', 2, 1), at('a.yaml', 2, 5))).toBeLessThan(0);
  });
});
