import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingsFolderProblem } from '../../src/content/briefings-folder.ts';
import { removedAfterEach } from '../helpers/folders.ts';

const folder = removedAfterEach();

describe('the briefings folder checked at start', () => {
  it('passes a folder that can be listed, empty or not', () => {
    const empty = folder(mkdtempSync(join(tmpdir(), 'briefbot-folder-')));
    expect(briefingsFolderProblem(empty)).toBeUndefined();
    writeFileSync(join(empty, 'a.yaml'), 'id: a\n');
    expect(briefingsFolderProblem(empty)).toBeUndefined();
  });

  it('names a missing folder, and a file given as the folder', () => {
    const dir = folder(mkdtempSync(join(tmpdir(), 'briefbot-folder-')));
    expect(briefingsFolderProblem(join(dir, 'missing'))).toMatch(/does not exist\. Create it/);
    writeFileSync(join(dir, 'file.yaml'), 'id: a\n');
    expect(briefingsFolderProblem(join(dir, 'file.yaml'))).toMatch(/is not a folder\./);
    expect(briefingsFolderProblem(join(dir, 'file.yaml', 'below'))).toMatch(/does not exist\./);
  });
});
