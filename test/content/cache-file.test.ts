import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import {
  type CacheEntry,
  cacheFormat,
  cacheLine,
  createBriefingCacheWriter,
  headerOf,
  isUsableBriefingCache,
} from '../../src/content/cache-file.ts';
import { splitBriefing } from '../../src/content/lean-briefing.ts';
import { briefingData } from '../helpers/briefings.ts';

// A cache file written from elsewhere is the same file a start writes, and a start tells one it
// can use from one it cannot by the header alone.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-cache-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const header = (format: string, folder: string) => `${JSON.stringify({ format, dir: folder })}\n`;

describe('the briefing cache file', () => {
  it('is usable only with this format and this folder in a whole header line', () => {
    const file = join(dir, 'cache.ndjson');
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, '');
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, header(cacheFormat, '/briefings').trimEnd());
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, '{not json\n');
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, header('other rules', '/briefings'));
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, header(cacheFormat, '/elsewhere'));
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    writeFileSync(file, header(cacheFormat, '/briefings'));
    expect(isUsableBriefingCache(file, '/briefings')).toBe(true);
  });

  it('is written whole on commit, readable by the cache, and leaves nothing on abort', () => {
    const file = join(dir, 'data', 'cache.ndjson');
    const writer = createBriefingCacheWriter(file, '/briefings');
    const { head, body } = splitBriefing(
      briefingSchema.parse(briefingData({ title: 'Á title', summary: 'S' })),
    );
    writer.add({
      name: 'a.yaml',
      stamp: { mtimeMs: 1, size: 2 },
      headJson: JSON.stringify(head),
      bodyJson: JSON.stringify(body),
    });
    expect(readdirSync(join(dir, 'data'))).not.toContain('cache.ndjson');
    expect(writer.commit()).toBe(1);
    expect(readdirSync(join(dir, 'data'))).toEqual(['cache.ndjson']);
    const cache = openBriefingCache(file, '/briefings');
    expect(cache.get('a.yaml', { mtimeMs: 1, size: 2 })?.title).toBe('Á title');
    expect(cache.linesOf('a.yaml')?.bodyJson).toContain('"summary":"S"');

    const dropped = createBriefingCacheWriter(join(dir, 'other', 'cache.ndjson'), '/briefings');
    dropped.abort();
    expect(readdirSync(join(dir, 'other'))).toEqual([]);
  });

  it('writes, through its buffer, exactly the lines a start writes, however long and in any script', () => {
    const file = join(dir, 'cache.ndjson');
    const writer = createBriefingCacheWriter(file, '/briefings');
    const entry = (i: number, text: string): CacheEntry => ({
      name: `b${i}.yaml`,
      stamp: { mtimeMs: 1000 + i, size: i },
      headJson: JSON.stringify({ id: `b${i}`, title: `Титул ${i} “x”` }),
      bodyJson: JSON.stringify({ summary: text }),
    });
    // Lines of a few kB past the first megabyte gathered, lines longer than that, and more.
    const entries = [
      ...Array.from({ length: 400 }, (_, i) => entry(i, `résumé ${i} `.repeat(300))),
      entry(400, '东'.repeat(1_500_000)),
      // A long line in one byte per unit, well inside the room kept for it, then short ones.
      entry(401, 'x'.repeat(1_500_000)),
      ...Array.from({ length: 5 }, (_, i) => entry(402 + i, 'after')),
    ];
    for (const each of entries) writer.add(each);
    expect(writer.commit()).toBe(entries.length);
    const expected = Buffer.concat([
      Buffer.from(headerOf('/briefings')),
      ...entries.map((each) => cacheLine(each).line),
    ]);
    expect(readFileSync(file).equals(expected)).toBe(true);
  });
});
