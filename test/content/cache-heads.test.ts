import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { briefingData } from '../helpers/briefings.ts';
import {
  fixedTime,
  type HeadsParts,
  rewriteHeads,
  rewriteKeepingStamp,
  served,
  setup,
  start,
  tamper,
  titleOf,
} from '../helpers/cache-heads.ts';

// A restart reads the briefing cache's heads from the compact heads file saved beside it, and
// from the cache file only what was appended since; a heads file that does not describe the
// cache file at hand, or cannot be trusted, is ignored and the cache file read whole.

describe('the briefing cache heads file', () => {
  it('serves on a restart exactly what reading the whole cache file serves', () => {
    const { dir, cacheFile, headsFile } = setup();
    const first = start(dir, cacheFile);
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
    const { dir, cacheFile, headsFile } = setup();
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
    const { dir, cacheFile, headsFile } = setup();
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
    const { dir, cacheFile, headsFile } = setup();
    start(dir, cacheFile);
    tamper(headsFile);
    copyFileSync(cacheFile, `${cacheFile}.copy`);
    renameSync(`${cacheFile}.copy`, cacheFile);
    expect(titleOf(start(dir, cacheFile, false).snapshot, 'topic-3')).toBe('Topic number 3');
  });

  it('is ignored when the cache file was rewritten in place since', () => {
    const { dir, cacheFile, headsFile } = setup();
    start(dir, cacheFile);
    // A file in the middle changed: its line is now the cache file's last, though its entry is
    // neither the first nor the last one kept.
    writeFileSync(
      join(dir, 'topic-2.yaml'),
      stringify(briefingData({ id: 'topic-2', title: 'Topic number 2', tags: ['again'] })),
    );
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

  it('is ignored when the cache file was given another header in place since', () => {
    const { dir, cacheFile, headsFile } = setup();
    start(dir, cacheFile);
    tamper(headsFile);
    // Same length and file, other rules: the cache file itself is of no use now.
    const text = readFileSync(cacheFile, 'latin1');
    const at = text.indexOf('"format":"') + '"format":"'.length;
    const other = text[at] === '0' ? '1' : '0';
    writeFileSync(cacheFile, `${text.slice(0, at)}${other}${text.slice(at + 1)}`, 'latin1');
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
    expect(served(again.snapshot)).toEqual(served(createBriefingFiles(dir).loadAll()));
  });

  it('keeps how much of the cache file is stale, so a restart still compacts it', () => {
    const { dir, cacheFile } = setup();
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

  it.each<[string, (heads: HeadsParts) => void, number?]>([
    ['of another format', ({ header }) => Object.assign(header, { format: 0 })],
    ['made under other rules', ({ header }) => Object.assign(header, { header: '{"other":1}' })],
    [
      'for a cache file longer than this one',
      ({ header }) => Object.assign(header, { length: 1e12 }),
    ],
    ['for another file in its place', ({ header }) => Object.assign(header, { ino: 1 })],
    [
      'missing an entry',
      ({ header }) => Object.assign(header, { count: Number(header.count) + 1 }),
    ],
    ['with a text that is not one', ({ tables }) => tables.texts.splice(0, 1, 5)],
    [
      'with an entry without an id',
      ({ tables }) => Object.assign(tables.entries[0] ?? {}, { id: 5 }),
    ],
    [
      'with an entry without a name',
      ({ tables }) => Object.assign(tables.entries[0] ?? {}, { name: null }),
    ],
    [
      'with aliases that are not a list',
      ({ tables }) => Object.assign(tables.entries[0] ?? {}, { aliases: 'x' }),
    ],
    [
      'with an alias that is not text',
      ({ tables }) => Object.assign(tables.entries[0] ?? {}, { aliases: ['Lovelace', 5] }),
    ],
    ['with an entry that is nothing', ({ tables }) => tables.entries.splice(0, 1, null)],
    ['with a line without a file name', ({ lines }) => lines[0]?.splice(0, 1, 5)],
    ['with a head that is nothing', ({ lines }) => lines[0]?.splice(7, 1, null)],
    [
      'with a person outside its table',
      ({ heads }) => Object.assign(heads[0] ?? {}, { people: [999] }),
    ],
    [
      'with people that are not a list',
      ({ heads }) => Object.assign(heads[0] ?? {}, { people: 3 }),
    ],
    ['with a tag outside its table', ({ heads }) => Object.assign(heads[0] ?? {}, { tags: [999] })],
    ['with tags that are not a list', ({ heads }) => Object.assign(heads[0] ?? {}, { tags: true })],
    [
      'with a date outside its table',
      ({ heads }) => Object.assign(heads[0] ?? {}, { updated: 999 }),
    ],
    [
      'with a publisher outside its table',
      ({ heads }) => Object.assign(heads[0]?.source ?? {}, { publisher: 999 }),
    ],
    [
      'with cues missing a list',
      ({ heads }) => Object.assign(heads[0] ?? {}, { cues: [[0], [0]] }),
    ],
    [
      'with a said date outside its table',
      ({ heads }) => Object.assign(heads[0] ?? {}, { cues: [[0], [0], [999]] }),
    ],
    ['cut short', () => {}, 200],
    ['cut short within its header line', () => {}, 50],
    ['empty', () => {}, 0],
  ])('is ignored when %s, and the cache file is read whole', (_what, damage, cut) => {
    const { dir, cacheFile, headsFile } = setup();
    utimesSync(join(dir, 'topic-4.yaml'), fixedTime, fixedTime);
    const first = start(dir, cacheFile);
    // The cache file holds a version the folder no longer has at that stamp: served from the
    // cache, not parsed again, it shows the cache file was read rather than thrown away.
    rewriteKeepingStamp(join(dir, 'topic-4.yaml'), 'Topic number 4', 'Changed numb 4');
    rewriteHeads(headsFile, (parts) => {
      for (const line of parts.lines)
        if (line[0] === 'topic-3.yaml')
          Object.assign(line[7] as object, { title: 'Tampered num 3' });
      damage(parts);
    });
    if (cut !== undefined) writeFileSync(headsFile, readFileSync(headsFile).subarray(0, cut));
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Topic number 3');
    expect(titleOf(again.snapshot, 'topic-4')).toBe('Topic number 4');
    expect(served(again.snapshot)).toEqual(served(first.snapshot));
  });

  it('reads back when nothing is damaged, which the damages above are measured against', () => {
    const { dir, cacheFile, headsFile } = setup();
    const first = start(dir, cacheFile);
    rewriteHeads(headsFile, ({ lines }) => {
      for (const line of lines)
        if (line[0] === 'topic-3.yaml')
          Object.assign(line[7] as object, { title: 'Tampered num 3' });
    });
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Tampered num 3');
    const plain = (briefing: ReturnType<typeof served>[number]) => ({ ...briefing, title: '' });
    expect(served(again.snapshot).map(plain)).toEqual(served(first.snapshot).map(plain));
    // Statements' dates, and their absence, come back as they were.
    const said = again.snapshot.briefings[0]?.cues.said;
    expect(said).toEqual([null, '2025-01-01']);
  });

  it('keeps a version that stopped parsing from serving a start, even at the same stamp', () => {
    const { dir, cacheFile } = setup();
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
    const { dir, cacheFile } = setup();
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
    const { dir, cacheFile, headsFile } = setup();
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
    expect(readFileSync(headsFile, 'utf8')).toContain('"Brand new"');
    tamper(headsFile);
    const again = start(dir, cacheFile, false);
    expect(titleOf(again.snapshot, 'new')).toBe('Brand new');
    expect(titleOf(again.snapshot, 'topic-3')).toBe('Tampered num 3');
  });
});
