import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { plainBriefing } from '../../src/content/lean-briefing.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { dataDir } from '../helpers/digests.ts';

// A restart reads the briefing cache's heads from the compact heads file saved beside it, and
// from the cache file only what was appended since; a heads file that does not describe the
// cache file at hand, or cannot be trusted, is ignored and the cache file read whole.

/** A folder of briefings that share people, as a newsroom's do. */
function folder(): string {
  const files: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < 6; i++) {
    const id = `topic-${i}`;
    files[`${id}.yaml`] = briefingData({ id, title: `Topic number ${i}`, tags: ['shared', id] });
  }
  return briefingDir(files);
}

/** A start as the bot makes it: open the cache, read the folder; `save` the heads at the end. */
function start(dir: string, cacheFile: string, save = true) {
  const cache = openBriefingCache(cacheFile, dir);
  const snapshot = createBriefingFiles(dir, { cache }).loadAll();
  if (save) void cache.saveHeads(true);
  return { cache, snapshot };
}

const served = (snapshot: ReturnType<typeof start>['snapshot']) =>
  snapshot.briefings
    .map((briefing) => plainBriefing(briefing))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** Retitles a briefing inside the heads file (same length, so only the heads file says so). */
function tamper(headsFile: string): void {
  const text = readFileSync(headsFile, 'latin1');
  expect(text).toContain('"Topic number 3"');
  writeFileSync(headsFile, text.replace('"Topic number 3"', '"Tampered num 3"'), 'latin1');
}

const titleOf = (snapshot: ReturnType<typeof start>['snapshot'], id: string) =>
  snapshot.briefings.find((briefing) => briefing.id === id)?.title;

describe('the briefing cache heads file', () => {
  it('serves on a restart exactly what reading the whole cache file serves', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const first = start(dir, cacheFile);
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    expect(existsSync(headsFile)).toBe(true);
    const again = start(dir, cacheFile);
    expect(served(again.snapshot)).toEqual(served(first.snapshot));
    expect(served(again.snapshot)).toHaveLength(6);
    // Bodies are still read from the cache file, at the offsets the heads file gave.
    expect(again.snapshot.briefings[0]?.readBody(true).summary).toBe(
      first.snapshot.briefings[0]?.readBody(true).summary,
    );
  });

  it('is what a restart takes the heads from, and only what was added since from the cache file', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    start(dir, cacheFile);
    tamper(headsFile);
    expect(titleOf(start(dir, cacheFile, false).snapshot, 'topic-3')).toBe('Tampered num 3');
    // A file added and one changed while the heads file is not saved again: both come from the
    // lines appended to the cache file, the rest still from the heads file.
    writeFileSync(
      join(dir, 'new.yaml'),
      stringify(briefingData({ id: 'new', title: 'Brand new' })),
    );
    writeFileSync(
      join(dir, 'topic-1.yaml'),
      stringify(briefingData({ id: 'topic-1', title: 'Changed', tags: ['shared'] })),
    );
    start(dir, cacheFile, false);
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'new')).toBe('Brand new');
    expect(titleOf(again.snapshot, 'topic-1')).toBe('Changed');
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Tampered num 3');
    expect(again.cache.get('topic-1.yaml', statSync(join(dir, 'topic-1.yaml')))).toBeDefined();
    // The new head shares its people with the heads read from the heads file, as heads do.
    const person = (id: string) => again.snapshot.briefings.find((b) => b.id === id)?.people[0];
    expect(person('new')).toBeDefined();
    expect(person('new')).toBe(person('topic-3'));
  });

  it('is ignored once the cache file was compacted, or replaced, since it was saved', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    start(dir, cacheFile);
    tamper(headsFile);
    const heads = readFileSync(headsFile);
    // Every file changed: the old lines are stale, so the flush rewrites the cache file.
    for (let i = 0; i < 6; i++)
      writeFileSync(
        join(dir, `topic-${i}.yaml`),
        stringify(briefingData({ id: `topic-${i}`, title: `Topic number ${i}` })),
      );
    const { cache } = start(dir, cacheFile, false);
    cache.flush();
    writeFileSync(headsFile, heads);
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
    expect(served(again.snapshot)).toEqual(served(createBriefingFiles(dir).loadAll()));
  });

  it('is ignored when another file was put in the place of the cache file, even one the same', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    start(dir, cacheFile);
    tamper(headsFile);
    copyFileSync(cacheFile, `${cacheFile}.copy`);
    renameSync(`${cacheFile}.copy`, cacheFile);
    expect(titleOf(start(dir, cacheFile, false).snapshot, 'topic-3')).toBe('Topic number 3');
  });

  it('is ignored when the cache file was rewritten in place since', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    start(dir, cacheFile);
    tamper(headsFile);
    // The same file, the same length, but its last line now names another file.
    const text = readFileSync(cacheFile, 'latin1');
    const at = text.lastIndexOf('{"name":"') + '{"name":"'.length;
    writeFileSync(cacheFile, `${text.slice(0, at)}x${text.slice(at + 1)}`, 'latin1');
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
    expect(served(again.snapshot)).toEqual(served(createBriefingFiles(dir).loadAll()));
  });

  it('keeps how much of the cache file is stale, so a restart still compacts it', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    start(dir, cacheFile);
    for (let i = 0; i < 6; i++)
      writeFileSync(
        join(dir, `topic-${i}.yaml`),
        stringify(briefingData({ id: `topic-${i}`, title: `Topic number ${i}`, tags: ['again'] })),
      );
    // Every file parsed again: half the cache file is superseded lines, and the heads say so.
    start(dir, cacheFile);
    const before = statSync(cacheFile).size;
    const { cache, snapshot } = start(dir, cacheFile, false);
    cache.flush();
    expect(statSync(cacheFile).size).toBeLessThan(before * 0.7);
    expect(snapshot.briefings[0]?.readBody(true).summary).toBeTruthy();
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['not a heads file', () => Buffer.from('{"format":1}\nhello\n')],
    [
      'with a number outside its tables',
      (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace(/"people":\[\d+/, '"people":[9'), 'latin1'),
    ],
    [
      'of another format',
      (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace('"format":1', '"format":0'), 'latin1'),
    ],
    [
      'for a cache file longer than this one',
      (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace(/"length":(\d)/, '"length":9$1'), 'latin1'),
    ],
  ])('is ignored when %s, and the cache file is read whole', (_, damage) => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    const first = start(dir, cacheFile);
    tamper(headsFile);
    writeFileSync(headsFile, damage(readFileSync(headsFile)));
    const again = start(dir, cacheFile, false);
    expect(served(again.snapshot)).toEqual(served(first.snapshot));
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
  });

  it('keeps a version that stopped parsing from serving a start, even at the same stamp', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const file = join(dir, 'topic-2.yaml');
    const when = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, when, when);
    const { cache } = start(dir, cacheFile);
    const files = createBriefingFiles(dir, { cache });
    files.loadAll();
    // Broken within the same second and at the same size: only the save that was seen says so.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `id: [${text.slice(5)}`);
    utimesSync(file, when, when);
    expect(files.reload('topic-2.yaml').problems).not.toEqual([]);
    void cache.saveHeads(true);
    const again = start(dir, cacheFile, false);
    expect(again.snapshot.problems.map((problem) => problem.file)).toEqual([file]);
  });

  it('keeps a file that stopped parsing serving its last good version, as the cache file does', () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    start(dir, cacheFile);
    writeFileSync(join(dir, 'topic-2.yaml'), 'id: [broken');
    start(dir, cacheFile);
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-2')).toBe('Topic number 2');
    expect(again.snapshot.problems.map((problem) => problem.message).join('\n')).toMatch(
      /still serving the last good version/,
    );
    expect(again.cache.get('topic-2.yaml', statSync(join(dir, 'topic-2.yaml')))).toBeUndefined();
  });

  it('is written only when the entries changed since it was saved or read', async () => {
    const dir = folder();
    const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
    const headsFile = join(dirname(cacheFile), 'briefing-cache.heads');
    start(dir, cacheFile);
    const saved = statSync(headsFile).mtimeMs;
    const { cache } = start(dir, cacheFile, false);
    await cache.saveHeads(false);
    expect(statSync(headsFile).mtimeMs).toBe(saved);
    // Written in slices, it reads back as written at once.
    writeFileSync(
      join(dir, 'new.yaml'),
      stringify(briefingData({ id: 'new', title: 'Brand new' })),
    );
    const changed = start(dir, cacheFile, false);
    await changed.cache.saveHeads(false);
    tamper(headsFile);
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'new')).toBe('Brand new');
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Tampered num 3');
  });
});
