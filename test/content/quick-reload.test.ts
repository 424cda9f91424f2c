import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type BriefingSnapshot, createBriefingFiles } from '../../src/content/briefing-files.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { createLibrary } from '../../src/library/create-library.ts';
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

/** What readers see of a library: order, titles, speakers, statements, names and full text. */
function served(library: ReturnType<typeof createLibrary>) {
  return {
    briefings: library.briefings().map((b) => `${b.id}: ${b.title} (${b.updated})`),
    speakers: library
      .speakers()
      .map((s) => `${s.id}: ${s.name}, ${s.role ?? ''} [${[...s.aliases].sort().join(', ')}]`)
      .sort(),
    statements: library.speakers().map((s) => library.statementsOf(s.id).map((e) => e.briefing.id)),
    topics: library.topics.complete('harbour', 10),
    names: library.names.complete('king', 10),
    search: library.search('harbour').map((hit) => hit.briefingId),
  };
}

describe('a library given only what a save changed', () => {
  it('serves what a library given every briefing serves, save after save', () => {
    const person = (name: string, role: string) => [
      { id: 'ada-lovelace', name, role, aliases: [name.split(' ').at(-1)] },
    ];
    const dir = briefingDir(
      Object.fromEntries(
        ['a', 'b', 'c', 'd'].map((id, i) => [
          `${id}.yaml`,
          briefingData({ id, title: `${id} 0`, updated: `2025-01-0${i + 1}` }),
        ]),
      ),
    );
    const files = createBriefingFiles(dir);
    const first = files.loadAll({ warnings: false });
    const bySaves = createLibrary();
    const whole = createLibrary();
    bySaves.update(first.briefings);
    whole.update(first.briefings);
    // Read once, so that the sorted list is kept and must be kept right by each save.
    bySaves.briefings();
    const edits: [string, Record<string, unknown> | string][] = [
      ['a.yaml', { id: 'a', title: 'a harbour', updated: '2025-01-09' }],
      ['b.yaml', { id: 'b', title: 'b 1', people: person('Ada King', 'Countess') }],
      ['c.yaml', { id: 'c', title: 'c harbour', draft: true }],
      ['a.yaml', 'id: a\ntitle: [broken\n'],
      ['c.yaml', { id: 'c', title: 'c harbour again', updated: '2025-01-01' }],
      ['d.yaml', { id: 'd', title: 'd 1', updated: '2024-12-31', people: [], statements: [] }],
      ['b.yaml', { id: 'b', title: 'b harbour', updated: '2025-02-01' }],
      ['a.yaml', { id: 'a', title: 'a 2', updated: '2025-01-03' }],
    ];
    let deltas = 0;
    for (const [name, content] of edits) {
      writeFileSync(
        join(dir, name),
        typeof content === 'string' ? content : yaml({ updated: '2025-01-05', ...content }),
      );
      const next = files.reload(name, { warnings: false });
      if (next.delta) deltas++;
      // A list read before the save (a digest being composed) is not changed under its reader.
      const held = bySaves.briefings();
      const heldIds = held.map((b) => b.id);
      bySaves.update(next.briefings, next.delta ? { delta: next.delta } : {});
      expect(held.map((b) => b.id)).toEqual(heldIds);
      whole.update([...next.briefings]);
      expect(served(bySaves), `${name}`).toEqual(served(whole));
    }
    // Every save here keeps its file's id, so each was applied as a change alone.
    expect(deltas).toBe(edits.length);
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares every briefing when the change is not from the list it last served', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a', title: 'a 0' }),
      'b.yaml': briefingData({ id: 'b', title: 'b 0' }),
    });
    const files = createBriefingFiles(dir);
    const library = createLibrary();
    library.update(files.loadAll({ warnings: false }).briefings);
    writeFileSync(join(dir, 'a.yaml'), yaml({ id: 'a', title: 'a harbour' }));
    const missed = files.reload('a.yaml', { warnings: false });
    // That save never reached the library; the next one's change starts from a list it never had.
    writeFileSync(join(dir, 'b.yaml'), yaml({ id: 'b', title: 'b harbour' }));
    const next = files.reload('b.yaml', { warnings: false });
    expect(next.delta?.from).toBe(missed.briefings);
    library.update(next.briefings, next.delta ? { delta: next.delta } : {});
    expect(library.briefings().map((b) => b.title)).toEqual(['a harbour', 'b harbour']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the checks across all files, in slices', () => {
  it('give what the full check gives, and nothing if a file was read meanwhile', async () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a', aliases: ['shared'] }),
      'b.yaml': briefingData({ id: 'b', aliases: ['shared'], related: ['nowhere'] }),
    });
    const files = createBriefingFiles(dir);
    files.loadAll({ warnings: false });
    const sliced = await files.snapshotInSlices();
    expect(sliced && view(sliced)).toEqual(view(files.snapshot()));
    expect(sliced?.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    // A save read while the check runs makes its result stale: it is dropped, not served.
    const pending = files.snapshotInSlices();
    writeFileSync(join(dir, 'b.yaml'), yaml({ id: 'b', title: 'b again' }));
    files.reload('b.yaml', { warnings: false });
    expect(await pending).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
