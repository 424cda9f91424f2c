import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type BriefingSnapshot, createBriefingFiles } from '../../src/content/briefing-files.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

// A save of one file is patched into the last quick snapshot rather than every file checked
// again. Whatever the edit, the result must be what checking every file gives.

const view = (snapshot: BriefingSnapshot) => ({
  briefings: snapshot.briefings.map((b) => `${b.id}: ${b.title}`),
  drafts: (snapshot.drafts ?? []).map((d) => d.briefing.id),
  errors: snapshot.problems.filter((p) => p.severity === 'error').map(formatProblem),
});

const yaml = (fields: Record<string, unknown>) => stringify(briefingData(fields));

describe('a reload of one file', () => {
  it('gives what checking every file gives, edit after edit', () => {
    const dir = briefingDir(
      Object.fromEntries(
        ['a', 'b', 'c', 'd'].map((id) => [`${id}.yaml`, briefingData({ id, title: `${id} 0` })]),
      ),
    );
    // The same history for both; only `quick` asks for the quick snapshot that may be patched.
    const quick = createBriefingFiles(dir);
    const full = createBriefingFiles(dir);
    quick.loadAll({ warnings: false });
    full.loadAll();
    const edits: [string, string | undefined][] = [
      ['a.yaml', yaml({ id: 'a', title: 'a 1' })],
      ['b.yaml', yaml({ id: 'b', title: 'b 1' })],
      ['a.yaml', 'id: a\ntitle: [broken\n'],
      ['a.yaml', yaml({ id: 'a', title: 'a 2' })],
      ['c.yaml', yaml({ id: 'c', title: 'c 1', draft: true })],
      ['c.yaml', yaml({ id: 'c', title: 'c 2' })],
      // Another file takes b's id: the one that served it first keeps it.
      ['e.yaml', yaml({ id: 'b', title: 'e as b' })],
      ['b.yaml', yaml({ id: 'b', title: 'b 2' })],
      ['e.yaml', undefined],
      ['b.yaml', yaml({ id: 'b', title: 'b 3' })],
      ['d.yaml', yaml({ id: 'd2', title: 'd renamed' })],
      ['d.yaml', yaml({ id: 'd2', title: 'd renamed again' })],
      ['a.yaml', undefined],
      ['c.yaml', yaml({ id: 'c', title: 'c 3' })],
    ];
    for (const [name, text] of edits) {
      const path = join(dir, name);
      if (text === undefined) rmSync(path);
      else writeFileSync(path, text);
      const patched = quick.reload(name, { warnings: false });
      const checked = full.reload(name);
      expect(view(patched), `${name}: ${text?.slice(0, 30)}`).toEqual(view(checked));
    }
    expect(view(quick.snapshot({ warnings: false })).briefings).toEqual([
      'b: b 3',
      'c: c 3',
      'd2: d renamed again',
    ]);
  });
});
