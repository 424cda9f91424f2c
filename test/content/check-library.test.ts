import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import {
  checkLibrary,
  checkLibraryInSlices,
  type FileBriefing,
} from '../../src/content/check-library.ts';
import { briefingData } from '../helpers/briefings.ts';

const person = (id: string, name: string, aliases: string[] = []) => ({
  id,
  name,
  role: 'Someone',
  aliases,
});
const entry = (file: string, overrides: Record<string, unknown>, since?: number): FileBriefing => ({
  file,
  briefing: briefingSchema.parse(briefingData(overrides)),
  ...(since === undefined ? {} : { since }),
});
const winner = (entries: FileBriefing[]) => checkLibrary(entries).accepted.map((e) => e.file);

describe('checks across briefing files', () => {
  it('gives a shared id to the file named after it, in either order, and says which file is skipped', () => {
    const named = entry('x.yml', { id: 'x' });
    const other = entry('a.yaml', { id: 'x' });
    expect(winner([other, named])).toEqual(['x.yml']);
    expect(winner([named, other])).toEqual(['x.yml']);
    expect(checkLibrary([other, named]).findings).toEqual([
      {
        file: 'a.yaml',
        path: ['id'],
        message: 'briefing id "x" is already used by x.yml; this file is skipped',
        severity: 'error',
      },
    ]);
  });

  it('gives a shared id to the file that served it first, whatever their names', () => {
    const first = entry('x copy.yaml', { id: 'x' }, 1);
    const later = entry('x.yaml', { id: 'x' }, 2);
    expect(winner([later, first])).toEqual(['x copy.yaml']);
    expect(winner([first, later])).toEqual(['x copy.yaml']);
    expect(winner([entry('b.yaml', { id: 'x' }, 3), entry('a.yaml', { id: 'x' })])).toEqual([
      'a.yaml',
    ]);
  });

  it('warns of aliases that name another briefing and related briefings that do not exist', () => {
    const findings = checkLibrary([
      entry('a.yaml', { id: 'a', aliases: ['a', 'common'], related: ['b', 'zzz'] }),
      entry('b.yaml', { id: 'b', aliases: ['common', 'a'] }),
    ]).findings;
    expect(findings.map((f) => [f.file, f.path.join('.'), f.severity, f.message])).toEqual([
      ['a.yaml', 'related.1', 'warning', 'related briefing "zzz" does not exist'],
      [
        'b.yaml',
        'aliases.0',
        'warning',
        'alias "common" also names briefing "a"; /brief common will ask which one',
      ],
      [
        'b.yaml',
        'aliases.1',
        'warning',
        'alias "a" also names briefing "a"; /brief a will ask which one',
      ],
    ]);
  });

  it('skips the warnings when asked, keeping the errors', () => {
    const findings = checkLibrary(
      [entry('a.yaml', { id: 'a', related: ['zzz'] }), entry('b.yaml', { id: 'a' })],
      { warnings: false },
    ).findings;
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a name that fits two speakers once, where it first appears, and each clash apart', () => {
    const briefing = (id: string, people: ReturnType<typeof person>[]) =>
      entry(`${id}.yaml`, { id, people, statements: [] });
    const findings = checkLibrary([
      briefing('a', [person('kim-jong-un', 'Kim'), person('ada', 'Ada', ['The Count'])]),
      briefing('b', [person('kim-yo-jong', 'Kim'), person('count', 'Counter', ['The Count'])]),
      briefing('c', [person('kim-yo-jong', 'Kim'), person('count', 'Counter', ['The Count'])]),
    ]).findings;
    expect(findings).toEqual([
      {
        file: 'b.yaml',
        path: ['people', 0, 'name'],
        message: '"Kim" fits both "kim-jong-un" and "kim-yo-jong"; make the alias more specific',
        severity: 'warning',
      },
      {
        file: 'b.yaml',
        path: ['people', 1, 'aliases', 0],
        message: '"The Count" fits both "ada" and "count"; make the alias more specific',
        severity: 'warning',
      },
    ]);
  });
});

describe('the checks across files in slices', () => {
  // Enough briefings for several slices, with clashes early and late so every slice matters.
  const many = Array.from({ length: 4500 }, (_, i) =>
    entry(`b${String(i).padStart(4, '0')}.yaml`, {
      id: `b${i}`,
      aliases: i % 1500 === 7 ? ['shared-alias'] : [],
      related: i === 4499 ? ['missing'] : [],
      people: [
        person(i % 2000 === 3 ? 'kim-a' : 'kim-b', i % 2000 === 3 ? 'Kim' : 'Kim B', ['Kim']),
      ],
    }),
  );

  it('finds exactly what the checks at once find', async () => {
    const sliced = await checkLibraryInSlices(many);
    expect(sliced).toEqual(checkLibrary(many));
    expect(sliced.findings.length).toBeGreaterThanOrEqual(3);
  });

  it('lets other work run between slices', async () => {
    // A turn of other work each time the event loop comes round, until the check is done: 4,500
    // briefings are two slices of 2,000 and a rest, in both the briefing and the speaker checks.
    let turns = 0;
    let done = false;
    const turn = () => {
      if (done) return;
      turns++;
      setImmediate(turn);
    };
    setImmediate(turn);
    await checkLibraryInSlices(many);
    done = true;
    expect(turns).toBeGreaterThanOrEqual(4);
    // A library too small for a slice is checked without waiting for the event loop.
    let ranSmall = false;
    setImmediate(() => {
      ranSmall = true;
    });
    await checkLibraryInSlices(many.slice(0, 10));
    expect(ranSmall).toBe(false);
  });
});
