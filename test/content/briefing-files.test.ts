import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

describe('the briefing directory', () => {
  it('skips a broken file, reports it, and serves the rest', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a' }),
      'b.yaml': 'id: b\ntitle: [broken\n',
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.briefings.map((b) => b.id)).toEqual(['a']);
    expect(snapshot.problems.map((p) => [p.file, p.severity])).toEqual([
      [join(dir, 'b.yaml'), 'error'],
    ]);
  });

  it('ignores editor swap files and files that are not YAML', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a' }),
      '.a.yaml.swp': 'junk',
      '#a.yaml#': 'junk',
      'notes.txt': 'junk',
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.briefings.map((b) => b.id)).toEqual(['a']);
    expect(snapshot.problems).toEqual([]);
  });

  it('keeps serving the last good version while a broken edit is fixed', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', title: 'First' }) });
    const files = createBriefingFiles(dir);
    files.loadAll();
    writeFileSync(join(dir, 'a.yaml'), 'id: a\ntitle: "unterminated\n');
    const broken = files.reload('a.yaml');
    expect(broken.briefings.map((b) => b.title)).toEqual(['First']);
    expect(broken.problems[0]?.message).toContain('still serving the last good version');
    expect(broken.problems[0]).toMatchObject({ line: 3, column: 1 });

    writeFileSync(join(dir, 'a.yaml'), stringify(briefingData({ id: 'a', title: 'Second' })));
    const fixed = files.reload('a.yaml');
    expect(fixed.briefings.map((b) => b.title)).toEqual(['Second']);
    expect(fixed.problems).toEqual([]);
  });

  it('drops a deleted file', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a' }),
      'b.yaml': briefingData({ id: 'b' }),
    });
    const files = createBriefingFiles(dir);
    files.loadAll();
    rmSync(join(dir, 'b.yaml'));
    expect(files.reload('b.yaml').briefings.map((b) => b.id)).toEqual(['a']);
  });
});

describe('checks across files', () => {
  it('keeps the first of two briefings with one id and reports the second at its id', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'same' }),
      'b.yaml': briefingData({ id: 'same' }),
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.briefings).toHaveLength(1);
    expect(snapshot.problems.map(formatProblem)).toEqual([
      `${join(dir, 'b.yaml')}:1:5 id: briefing id "same" is already used by ${join(dir, 'a.yaml')}; this file is skipped`,
    ]);
  });

  it('reports an alias that fits two different people, at the alias', () => {
    const people = (id: string, name: string) => [{ id, name, aliases: ['Smith'] }];
    const statement = (speaker: string) => [
      { speaker, kind: 'direct', text: 'Yes', context: '“Yes,” Smith said.', paragraph: 1 },
    ];
    const dir = briefingDir({
      'a.yaml': briefingData({
        id: 'a',
        people: people('alice-smith', 'Alice Smith'),
        statements: statement('alice-smith'),
      }),
      'b.yaml': briefingData({
        id: 'b',
        people: people('bob-smith', 'Bob Smith'),
        statements: statement('bob-smith'),
      }),
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.briefings).toHaveLength(2);
    const [problem] = snapshot.problems;
    expect(problem).toMatchObject({
      file: join(dir, 'b.yaml'),
      path: 'people.0.aliases.0',
      severity: 'warning',
    });
    expect(problem?.message).toBe(
      '"Smith" fits both "alice-smith" and "bob-smith"; make the alias more specific',
    );
    expect(problem).toMatchObject({ line: 17, column: 9 });
  });

  it('accepts the same person in two briefings, and reports one id given two names', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a' }),
      'b.yaml': briefingData({ id: 'b' }),
      'c.yaml': briefingData({
        id: 'c',
        people: [{ id: 'ada-lovelace', name: 'Augusta Ada King' }],
      }),
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.problems.map((p) => [p.file, p.path])).toEqual([
      [join(dir, 'c.yaml'), 'people.0.name'],
    ]);
  });

  it('reports related briefings that do not exist', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', related: ['missing'] }) });
    const [problem] = createBriefingFiles(dir).loadAll().problems;
    expect(problem).toMatchObject({
      path: 'related.0',
      message: 'related briefing "missing" does not exist',
    });
  });
});
