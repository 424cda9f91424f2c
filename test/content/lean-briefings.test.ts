import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { isLean, plainBriefing } from '../../src/content/lean-briefing.ts';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { dataDir } from '../helpers/digests.ts';

const seed = join('briefings', 'russia-dprk.yaml');

/** The seed briefing in a directory of its own, with `extra` files beside it. */
function seedDir(extra: Record<string, Record<string, unknown> | string> = {}): string {
  const dir = briefingDir(extra);
  writeFileSync(join(dir, 'russia-dprk.yaml'), readFileSync(seed, 'utf8'));
  return dir;
}

function parsed(dir: string, name: string) {
  const path = join(dir, name);
  const briefing = parseBriefing(path, readFileSync(path, 'utf8')).briefing;
  if (!briefing) throw new Error(`${path} does not parse`);
  return briefing;
}

describe('briefings served with their bodies on disk', () => {
  it('reads back a body equal to the parsed briefing, on the first start and on a restart', () => {
    const dir = seedDir();
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const expected = parsed(dir, 'russia-dprk.yaml');

    const first = createBriefingFiles(dir, { cache: openBriefingCache(cacheFile, dir) }).loadAll();
    const [fresh] = first.briefings;
    expect(fresh && isLean(fresh)).toBe(true);
    expect(fresh && plainBriefing(fresh)).toEqual(expected);

    const again = createBriefingFiles(dir, { cache: openBriefingCache(cacheFile, dir) }).loadAll();
    const [restored] = again.briefings;
    expect(restored && isLean(restored)).toBe(true);
    expect(restored && plainBriefing(restored)).toEqual(expected);
    expect(restored?.readBody(true).statements).toEqual(expected.statements);
  });

  it('answers statement lookups from a lean briefing as from the parsed one', () => {
    const dir = seedDir();
    const cacheFile = join(dataDir(), 'cache.ndjson');
    createBriefingFiles(dir, { cache: openBriefingCache(cacheFile, dir) }).loadAll();
    const lean = createBriefingFiles(dir, { cache: openBriefingCache(cacheFile, dir) }).loadAll();
    const leanLibrary = createLibrary(lean.briefings);
    const plainLibrary = createLibrary([parsed(dir, 'russia-dprk.yaml')]);
    const view = (library: ReturnType<typeof createLibrary>, id: string) =>
      library
        .statementsOf(id)
        .map((entry) => [
          entry.briefing.id,
          entry.index,
          library.bodyOf(entry.briefing).statements[entry.index],
        ]);
    for (const speaker of plainLibrary.speakers()) {
      expect(view(leanLibrary, speaker.id)).toEqual(view(plainLibrary, speaker.id));
    }
    expect(leanLibrary.search('sanctions')).toEqual(plainLibrary.search('sanctions'));
  });

  it('serves a changed file, and keeps the others reading their bodies after the cache is compacted', () => {
    const dir = seedDir({ 'b.yaml': briefingData({ id: 'b', summary: 'First summary.' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const cache = openBriefingCache(cacheFile, dir);
    const files = createBriefingFiles(dir, { cache });
    files.loadAll();
    const expected = parsed(dir, 'russia-dprk.yaml');
    // Enough saves that superseded lines make up most of the file, so flush rewrites it.
    for (let n = 1; n <= 40; n++) {
      writeFileSync(
        join(dir, 'b.yaml'),
        stringify(briefingData({ id: 'b', summary: `Edit ${n}.` })),
      );
      files.reload('b.yaml');
    }
    const before = readFileSync(cacheFile).length;
    cache.flush();
    expect(readFileSync(cacheFile).length).toBeLessThan(before);
    const snapshot = files.snapshot();
    expect(snapshot.briefings.find((b) => b.id === 'b')?.readBody(true).summary).toBe('Edit 40.');
    const seedBriefing = snapshot.briefings.find((b) => b.id === expected.id);
    expect(seedBriefing && plainBriefing(seedBriefing)).toEqual(expected);
    // And a restart reads the compacted file.
    const restart = createBriefingFiles(dir, {
      cache: openBriefingCache(cacheFile, dir),
    }).loadAll();
    expect(restart.briefings.find((b) => b.id === 'b')?.readBody(true).summary).toBe('Edit 40.');
  });

  it('keeps serving the last good body of a file that breaks, on the next start too, until it is mended', () => {
    const dir = seedDir({ 'b.yaml': briefingData({ id: 'b', summary: 'Good summary.' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const cache = openBriefingCache(cacheFile, dir);
    const files = createBriefingFiles(dir, { cache });
    files.loadAll();
    writeFileSync(join(dir, 'b.yaml'), 'id: [');
    const broken = files.reload('b.yaml');
    expect(broken.briefings.find((b) => b.id === 'b')?.readBody(true).summary).toBe(
      'Good summary.',
    );
    expect(broken.problems.map((p) => p.message).join()).toContain('still serving the last good');
    // A process started while the file is broken serves what the others still serve.
    const restart = createBriefingFiles(dir, {
      cache: openBriefingCache(cacheFile, dir),
    }).loadAll();
    expect(restart.briefings.map((b) => b.id).sort()).toEqual(
      ['b', parsed(dir, 'russia-dprk.yaml').id].sort(),
    );
    expect(restart.briefings.find((b) => b.id === 'b')?.readBody(true).summary).toBe(
      'Good summary.',
    );
    expect(restart.problems.map((p) => [p.file, p.message.includes('last good')])).toEqual([
      [join(dir, 'b.yaml'), true],
    ]);
    // Once mended, the file serves as it is now, on a restart as well.
    writeFileSync(join(dir, 'b.yaml'), stringify(briefingData({ id: 'b', summary: 'Mended.' })));
    const mended = createBriefingFiles(dir, {
      cache: openBriefingCache(cacheFile, dir),
    }).loadAll();
    expect(mended.problems).toEqual([]);
    expect(mended.briefings.find((b) => b.id === 'b')?.readBody(true).summary).toBe('Mended.');
  });

  it('serves nothing for a file that is broken at the first start, with no version kept', () => {
    const dir = seedDir({ 'b.yaml': 'id: [' });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const snapshot = createBriefingFiles(dir, {
      cache: openBriefingCache(cacheFile, dir),
    }).loadAll();
    expect(snapshot.briefings.map((b) => b.id)).toEqual([parsed(dir, 'russia-dprk.yaml').id]);
    expect(snapshot.problems.map((p) => p.message.includes('last good'))).toEqual([false]);
  });

  it('serves every good file when one among many is bad', () => {
    const good = Object.fromEntries(
      Array.from({ length: 30 }, (_, n) => [`t${n}.yaml`, briefingData({ id: `t${n}` })]),
    );
    const dir = briefingDir({ ...good, 'zz-bad.yaml': briefingData({ id: 'bad', title: '' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    for (let start = 0; start < 2; start++) {
      const cache = openBriefingCache(cacheFile, dir);
      const snapshot = createBriefingFiles(dir, { cache }).loadAll();
      expect(snapshot.briefings).toHaveLength(30);
      expect(snapshot.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
        `${join(dir, 'zz-bad.yaml')} title`,
      ]);
      expect(
        snapshot.briefings.every((b) => b.readBody(true).summary === 'Something happened.'),
      ).toBe(true);
    }
  });

  it('falls back to the briefing file when the cache file is changed behind its back', () => {
    const dir = seedDir();
    const cacheFile = join(dataDir(), 'cache.ndjson');
    createBriefingFiles(dir, { cache: openBriefingCache(cacheFile, dir) }).loadAll();
    const [briefing] = createBriefingFiles(dir, {
      cache: openBriefingCache(cacheFile, dir),
    }).loadAll().briefings;
    // Another writer moves every byte: offsets no longer point at this briefing's line.
    writeFileSync(cacheFile, `\n\n${readFileSync(cacheFile, 'utf8')}`);
    expect(briefing && plainBriefing(briefing)).toEqual(parsed(dir, 'russia-dprk.yaml'));
  });
});
