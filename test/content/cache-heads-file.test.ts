import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteHeads, served, setup, start, tamper, titleOf } from '../helpers/cache-heads.ts';

// The heads file is read from its two ends (its header and its tables lines) and its entries a
// chunk at a time; whatever its lines' lengths it reads back as written, and a file whose edges
// are not where they should be is ignored, never read without end.

/** Descriptors open in this process (Linux). */
const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe('reading the heads file', () => {
  it('reads back lines longer than it reads at a time, from its header to its tables', () => {
    const { dir, cacheFile, headsFile } = setup();
    const first = start(dir, cacheFile);
    const long = 'Long title '.repeat(500_000);
    rewriteHeads(headsFile, ({ header, lines, tables }) => {
      // Past the first and last 64 kB read to find the edges, and past the 4 MB read per chunk.
      Object.assign(header, { padding: 'x'.repeat(200_000) });
      tables.texts.push('y'.repeat(300_000));
      for (const line of lines)
        if (line[0] === 'topic-3.yaml') Object.assign(line[7] as object, { title: long });
    });
    const again = start(dir, cacheFile, false);
    // Compared as a whole, not shown: a failure would print five megabytes.
    expect(titleOf(again.snapshot, 'topic-3') === long).toBe(true);
    const plain = (briefing: ReturnType<typeof served>[number]) => ({ ...briefing, title: '' });
    expect(served(again.snapshot).map(plain)).toEqual(served(first.snapshot).map(plain));
  });

  it('reads back a tables line exactly as long as the first read from the end', () => {
    const { dir, cacheFile, headsFile } = setup();
    start(dir, cacheFile);
    tamper(headsFile);
    // The newline before the tables is then the first byte of that read.
    rewriteHeads(headsFile, ({ tables }) => {
      const length = JSON.stringify(tables).length;
      tables.texts.push('y'.repeat(65_535 - length - 3));
      expect(JSON.stringify(tables).length).toBe(65_535);
    });
    expect(titleOf(start(dir, cacheFile, false).snapshot, 'topic-3')).toBe('Tampered num 3');
  });

  it.each<[string, (text: string) => string]>([
    ['it starts with an empty line', (text) => `\n${text}`],
    ['it holds its header line alone', (text) => `${text.slice(0, text.indexOf('\n'))}\n`],
    ['it holds an empty line and its tables', (text) => `\n${text.split('\n').at(-2)}\n`],
  ])('is ignored when %s', (_, damage) => {
    const { dir, cacheFile, headsFile } = setup();
    const first = start(dir, cacheFile);
    tamper(headsFile);
    writeFileSync(headsFile, damage(readFileSync(headsFile, 'utf8')));
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
    expect(served(again.snapshot)).toEqual(served(first.snapshot));
  });

  it('leaves no descriptor of its own open, whether it is used or not', () => {
    const { dir, cacheFile, headsFile } = setup();
    start(dir, cacheFile).cache.close();
    const before = openDescriptors();
    start(dir, cacheFile, false).cache.close();
    writeFileSync(headsFile, 'damaged');
    start(dir, cacheFile, false).cache.close();
    expect(openDescriptors()).toBe(before);
  });
});
