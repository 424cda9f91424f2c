import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/library/read-ahead.ts';

// A restart's index snapshots are read on the thread pool while the main thread reads the
// briefing cache; the start takes the bytes if the read is done, and reads the file itself if not.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-read-ahead-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading files ahead', () => {
  it('hands over each file whole, once', async () => {
    const big = join(dir, 'big');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
    bytes.write('first', 0);
    bytes.write('last', bytes.length - 4);
    writeFileSync(big, bytes);
    writeFileSync(join(dir, 'empty'), '');
    const ahead = readAhead([big, join(dir, 'empty')]);
    await ahead.settled;
    expect(ahead.take(big)?.equals(bytes)).toBe(true);
    expect(ahead.take(big)).toBeUndefined();
    expect(ahead.take(join(dir, 'empty'))?.length).toBe(0);
  });

  it('gives nothing for a file that is missing, or was never asked for', async () => {
    const ahead = readAhead([join(dir, 'missing')]);
    await ahead.settled;
    expect(ahead.take(join(dir, 'missing'))).toBeUndefined();
    expect(ahead.take(join(dir, 'other'))).toBeUndefined();
  });

  it('gives nothing for what opens but cannot be read (a folder)', async () => {
    const ahead = readAhead([dir]);
    await ahead.settled;
    expect(ahead.take(dir)).toBeUndefined();
  });

  it('gives nothing for a file taken before its read finished, and keeps nothing of it', async () => {
    const file = join(dir, 'slow');
    writeFileSync(file, Buffer.alloc(1024 * 1024, 'y'));
    const ahead = readAhead([file]);
    // Taken in the same turn: no read can have been handed back yet.
    expect(ahead.take(file)).toBeUndefined();
    await ahead.settled;
    expect(ahead.take(file)).toBeUndefined();
  });

  it('reads what the file held when asked, whatever is written there after', async () => {
    const file = join(dir, 'replaced');
    writeFileSync(file, 'before');
    const ahead = readAhead([file]);
    rmSync(file);
    writeFileSync(file, 'after, and longer');
    await ahead.settled;
    expect(ahead.take(file)?.toString()).toBe('before');
  });
});
