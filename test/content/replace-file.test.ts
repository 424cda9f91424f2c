import { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Pieces, replaceFile, replaceFileInSlices } from '../../src/content/replace-file.ts';
import { dataDir } from '../helpers/digests.ts';

// The saved indexes and the cache's heads are written to a temporary file renamed into place:
// what is there is always a whole version, and a write that fails leaves nothing behind.

const pieces = () => ['one\n', 'two\n', 'three\n'].map((text) => Buffer.from(text));

describe.each([
  ['at once', async (file: string, from: Pieces = pieces()) => replaceFile(file, from)],
  ['in slices', (file: string, from: Pieces = pieces()) => replaceFileInSlices(file, from)],
])('replacing a file %s', (_, replace) => {
  it('writes every piece in order, in place of what was there', async () => {
    const file = join(dataDir(), 'nested', 'index.snapshot');
    await replace(file);
    writeFileSync(`${file}.other`, 'kept');
    await replace(file, [Buffer.from('new\n')]);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(join(file, '..')).sort()).toEqual([
      'index.snapshot',
      'index.snapshot.other',
    ]);
  });

  it('closes and removes its temporary file when a piece cannot be made', async () => {
    const dir = dataDir();
    const file = join(dir, 'index.snapshot');
    writeFileSync(file, 'before');
    function* failing() {
      yield Buffer.from('one\n');
      throw new Error('no second piece');
    }
    await expect(Promise.resolve().then(() => replace(file, failing()))).rejects.toThrow(
      'no second piece',
    );
    expect(readdirSync(dir)).toEqual(['index.snapshot']);
    expect(readFileSync(file, 'utf8')).toBe('before');
    // No descriptor of this process is left open on a file in the folder (Linux lists them).
    const open = readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
      } catch {
        return false;
      }
    });
    expect(open).toEqual([]);
  });

  it('leaves what was there, and no temporary file, when the write fails', async () => {
    const dir = dataDir();
    // A folder with something in it cannot be renamed over.
    const file = join(dir, 'index.snapshot');
    mkdirSync(file);
    writeFileSync(join(file, 'inside'), 'kept');
    await expect(Promise.resolve().then(() => replace(file))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['index.snapshot']);
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept');
  });
});
