import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { type ServedBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import type { LibraryStore } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

const yukos = (title: string) => briefingData({ id: 'russia-yukos', title });

/** Polls until `check` passes or two seconds (the promise made to editors) have gone by. */
async function within2s(check: () => void): Promise<void> {
  const deadline = Date.now() + 2000;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('two files with one briefing id', () => {
  const dirs: string[] = [];
  let served: ServedBriefings<LibraryStore> | undefined;
  afterEach(() => {
    served?.stop();
    served = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function folder(files: Parameters<typeof briefingDir>[0]): string {
    const dir = briefingDir(files);
    dirs.push(dir);
    return dir;
  }

  it('keeps the file named after the id and refuses a copy that sorts first, naming the copy', () => {
    const dir = folder({
      'russia-yukos.yaml': yukos('Original'),
      'russia-yukos copy.yaml': yukos('Copy'),
    });
    const snapshot = createBriefingFiles(dir).loadAll();
    expect(snapshot.briefings.map((b) => b.title)).toEqual(['Original']);
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatchObject({
      file: join(dir, 'russia-yukos copy.yaml'),
      path: 'id',
      severity: 'error',
    });
    expect(formatProblem(snapshot.problems[0] as never)).toContain(
      `already used by ${join(dir, 'russia-yukos.yaml')}`,
    );
  });

  it('keeps serving the first file when a newcomer with its id appears while the bot runs, and logs the newcomer', async () => {
    const dir = folder({ 'b.yaml': briefingData({ id: 'shared', title: 'Served first' }) });
    const logs = new PassThrough();
    let logged = '';
    logs.on('data', (chunk) => {
      logged += chunk;
    });
    served = serveBriefings({
      library: createLibrary(),
      dir,
      log: createLogger({ level: 'info', destination: logs }),
      watch: true,
    });
    const { library } = served;
    // 'a.yaml' sorts first: by name alone it would take over.
    writeFileSync(
      join(dir, 'a.yaml'),
      stringify(briefingData({ id: 'shared', title: 'Newcomer' })),
    );
    await within2s(() => expect(logged).toContain(`${join(dir, 'a.yaml')}:1:`));
    const errors = logged
      .split('\n')
      .filter((line) => line.includes('"level":50'))
      .join('\n');
    expect(errors).toContain(`${join(dir, 'a.yaml')}:1:5 id: briefing id \\"shared\\"`);
    expect(errors).not.toContain(`${join(dir, 'b.yaml')}:`);
    expect(library.briefing('shared')?.title).toBe('Served first');

    // An edit to the serving file keeps it serving; deleting it lets the newcomer take over.
    writeFileSync(join(dir, 'b.yaml'), stringify(briefingData({ id: 'shared', title: 'Edited' })));
    await within2s(() => expect(library.briefing('shared')?.title).toBe('Edited'));
    rmSync(join(dir, 'b.yaml'));
    await within2s(() => expect(library.briefing('shared')?.title).toBe('Newcomer'));
  });

  it('treats a file that takes an id already served as the newcomer', () => {
    const dir = folder({
      'z.yaml': briefingData({ id: 'taken', title: 'Holder' }),
      'a.yaml': briefingData({ id: 'other' }),
    });
    const files = createBriefingFiles(dir);
    files.loadAll();
    writeFileSync(join(dir, 'a.yaml'), stringify(briefingData({ id: 'taken', title: 'Renamed' })));
    const snapshot = files.reload('a.yaml');
    expect(snapshot.briefings.map((b) => b.title)).toEqual(['Holder']);
    expect(snapshot.problems.map((p) => p.file)).toEqual([join(dir, 'a.yaml')]);
  });
});
