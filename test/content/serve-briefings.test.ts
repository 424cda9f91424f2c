import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type ServedBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import type { LibraryStore } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

/**
 * Polls until `check` passes. How soon a save is served is a figure for the bench, not a bound
 * here: on a busy machine the watcher may be slow, and that is not the behaviour under test.
 */
async function eventually(check: () => void): Promise<void> {
  for (;;) {
    try {
      check();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('live reload', () => {
  let served: ServedBriefings<LibraryStore> | undefined;
  afterEach(() => served?.stop());

  function start(dir: string) {
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
    return { served, logged: () => logged };
  }

  it('serves an edited, a new and a deleted file without a restart', async () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', title: 'Before' }) });
    const { served } = start(dir);
    expect(served.library.briefing('a')?.title).toBe('Before');

    writeFileSync(join(dir, 'a.yaml'), stringify(briefingData({ id: 'a', title: 'After' })));
    await eventually(() => expect(served.library.briefing('a')?.title).toBe('After'));

    writeFileSync(join(dir, 'b.yaml'), stringify(briefingData({ id: 'b' })));
    await eventually(() => expect(served.library.briefing('b')).toBeDefined());

    rmSync(join(dir, 'b.yaml'));
    await eventually(() => expect(served.library.briefing('b')).toBeUndefined());
  });

  it('reports a broken edit with file and line, and keeps serving the last good version', async () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', title: 'Good' }) });
    const { served, logged } = start(dir);
    writeFileSync(join(dir, 'a.yaml'), 'id: a\ntitle: Good\nsummary: [\n');
    await eventually(() => expect(logged()).toContain(`${join(dir, 'a.yaml')}:`));
    expect(logged()).toMatch(
      new RegExp(`${join(dir, 'a.yaml')}:4:1: .*still serving the last good version`),
    );
    expect(served.library.briefing('a')?.title).toBe('Good');
    expect(served.problems()).toHaveLength(1);
  });
});
