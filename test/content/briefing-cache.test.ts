import { readdirSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { dataDir } from '../helpers/digests.ts';

const fixedTime = new Date('2026-01-01T00:00:00Z');

/** Rewrites a file with same-length content and a fixed modification time. */
function rewriteKeepingStamp(file: string, from: string, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  utimesSync(file, fixedTime, fixedTime);
}

function load(dir: string, cacheFile: string) {
  const cache = openBriefingCache(cacheFile, dir);
  const snapshot = createBriefingFiles(dir, { cache }).loadAll();
  cache.flush();
  return { cache, snapshot };
}

describe('the briefing cache', () => {
  it('serves an unchanged file from the cache on the next start, and re-reads a changed one', () => {
    const dir = briefingDir({
      'a.yaml': briefingData({ id: 'a', title: 'Title one' }),
      'b.yaml': briefingData({ id: 'b' }),
    });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    utimesSync(join(dir, 'a.yaml'), fixedTime, fixedTime);
    expect(load(dir, cacheFile).cache.size()).toBe(2);

    // Same size and time: the cache cannot tell, so the cached version is what serves.
    rewriteKeepingStamp(join(dir, 'a.yaml'), 'Title one', 'Title two');
    expect(load(dir, cacheFile).snapshot.briefings.find((b) => b.id === 'a')?.title).toBe(
      'Title one',
    );

    // A real edit changes the time (or the size): the file is read again.
    writeFileSync(join(dir, 'a.yaml'), stringify(briefingData({ id: 'a', title: 'Title three' })));
    expect(load(dir, cacheFile).snapshot.briefings.find((b) => b.id === 'a')?.title).toBe(
      'Title three',
    );
  });

  it('lets go of its file when closed, and still serves bodies, read from the briefing files', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', summary: 'Kept on disk.' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    load(dir, cacheFile).cache.close();
    const { cache, snapshot } = load(dir, cacheFile);
    // Which of this process's open files are the cache (Linux names them under /proc/self/fd).
    const holding = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === cacheFile;
        } catch {
          return false;
        }
      }).length;
    expect(holding()).toBe(1);
    cache.close();
    expect(holding()).toBe(0);
    expect(snapshot.briefings[0]?.readBody(true).summary).toBe('Kept on disk.');
  });

  it('never caches a file with problems, and forgets deleted files', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a' }), 'bad.yaml': 'id: [' });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const first = load(dir, cacheFile);
    expect(first.cache.size()).toBe(1);
    expect(load(dir, cacheFile).snapshot.problems.map((p) => p.file)).toEqual([
      join(dir, 'bad.yaml'),
    ]);
  });

  it('starts without a cache that is unreadable, or made by other rules or for another directory', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    writeFileSync(cacheFile, '{ not json\n');
    expect(load(dir, cacheFile).snapshot.briefings).toHaveLength(1);
    const [header = '', ...rest] = readFileSync(cacheFile, 'utf8').split('\n');
    const stored = JSON.parse(header) as { format: string };
    writeFileSync(
      cacheFile,
      [JSON.stringify({ ...stored, format: 'older rules' }), ...rest].join('\n'),
    );
    expect(openBriefingCache(cacheFile, dir).size()).toBe(0);
    writeFileSync(cacheFile, [header, ...rest].join('\n'));
    expect(openBriefingCache(cacheFile, `${dir}-elsewhere`).size()).toBe(0);
    expect(openBriefingCache(cacheFile, dir).size()).toBe(1);
    // A torn last line (the process stopped mid-write of an older version) costs that entry only.
    writeFileSync(cacheFile, `${[header, ...rest].join('\n')}{"name":"b.yaml","mtim\n`);
    expect(openBriefingCache(cacheFile, dir).size()).toBe(1);
  });

  it('re-reads a file the watcher reports even if its stamp looks unchanged', () => {
    const dir = briefingDir({ 'a.yaml': briefingData({ id: 'a', title: 'Title one' }) });
    const cacheFile = join(dataDir(), 'cache.ndjson');
    const cache = openBriefingCache(cacheFile, dir);
    const files = createBriefingFiles(dir, { cache });
    files.loadAll();
    rewriteKeepingStamp(join(dir, 'a.yaml'), 'Title one', 'Title two');
    expect(files.reload('a.yaml').briefings[0]?.title).toBe('Title two');
  });
});
