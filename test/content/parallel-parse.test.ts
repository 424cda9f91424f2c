import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { type BriefingSnapshot, createBriefingFiles } from '../../src/content/briefing-files.ts';
import { plainBriefing } from '../../src/content/lean-briefing.ts';
import { parseInParallel } from '../../src/content/parallel-parse.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { prepareBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { removedAfterEach } from '../helpers/folders.ts';

const MAX = 1 << 20;
const view = (snapshot: BriefingSnapshot) => ({
  briefings: snapshot.briefings.map((briefing) => plainBriefing(briefing)),
  drafts: (snapshot.drafts ?? []).map((draft) => draft.briefing.id),
  problems: snapshot.problems.map(formatProblem),
});

/** Twelve clean briefings, a draft, and three files with problems of different kinds. */
function mixedFolder(): string {
  const files: Record<string, Record<string, unknown> | string> = {};
  for (let i = 0; i < 12; i++) {
    const id = `topic-${String(i).padStart(2, '0')}`;
    files[`${id}.yaml`] = briefingData({ id, title: `Topic ${i}` });
  }
  files['draft.yaml'] = briefingData({ id: 'drafted', title: 'A draft', draft: true });
  files['broken.yaml'] = 'id: broken\ntitle: [unclosed\n';
  files['wrong.yaml'] = briefingData({ id: 'wrong', updated: 'yesterday' });
  files['speaker.yaml'] = briefingData({
    id: 'speaker',
    statements: [{ speaker: 'nobody', kind: 'direct', text: 'x', context: '“x”', paragraph: 1 }],
  });
  return briefingDir(files);
}

const folder = removedAfterEach();

describe('parsing a folder on several threads', () => {
  it('serves exactly what parsing file by file serves, problems and drafts included', async () => {
    const dir = folder(mixedFolder());
    const names = ['broken.yaml', 'draft.yaml', 'speaker.yaml', 'wrong.yaml'].concat(
      Array.from({ length: 12 }, (_, i) => `topic-${String(i).padStart(2, '0')}.yaml`),
    );
    // Batches of three, one worker beside this thread: both take batches.
    const preparsed = await parseInParallel(dir, names, { maxBytes: MAX, threads: 1, batch: 3 });
    expect([...preparsed.keys()].sort()).toEqual([...names].sort());
    const expected = view(createBriefingFiles(dir).loadAll());
    expect(expected.briefings).toHaveLength(13);
    expect(expected.problems.length).toBeGreaterThanOrEqual(3);
    expect(view(createBriefingFiles(dir).loadAll({ preparsed }))).toEqual(expected);
    // And through the briefing cache, which stores the worker's JSON as it is.
    const data = folder(mkdtempSync(join(tmpdir(), 'briefbot-')));
    const cache = openBriefingCache(join(data, 'cache.ndjson'), dir);
    expect(view(createBriefingFiles(dir, { cache }).loadAll({ preparsed }))).toEqual(expected);
    cache.flush();
    const reopened = openBriefingCache(join(data, 'cache.ndjson'), dir);
    expect(view(createBriefingFiles(dir, { cache: reopened }).loadAll())).toEqual(expected);
  });

  it('parses every file of a batch longer than the slices this thread parses between turns', async () => {
    const files: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 47; i++)
      files[`t-${String(i).padStart(2, '0')}.yaml`] = briefingData({ id: `t-${i}` });
    const dir = folder(briefingDir(files));
    // One batch of 47 on this thread alone: slices of 20, 20 and the 7 left over.
    const preparsed = await parseInParallel(dir, Object.keys(files), {
      maxBytes: MAX,
      threads: 0,
      batch: 47,
    });
    expect([...preparsed.keys()].sort()).toEqual(Object.keys(files).sort());
  });

  it('uses a file parsed ahead only while the file is unchanged', async () => {
    const dir = folder(briefingDir({ 'a.yaml': briefingData({ id: 'a', title: 'Before' }) }));
    const file = join(dir, 'a.yaml');
    // A whole second, which every file system keeps exactly.
    const time = 1_700_000_000;
    utimesSync(file, time, time);
    const preparsed = await parseInParallel(dir, ['a.yaml'], { maxBytes: MAX, threads: 0 });
    // Same size and time as what was parsed ahead: the early parse stands (the cache's own rule).
    writeFileSync(file, stringify(briefingData({ id: 'a', title: 'Afters' })));
    utimesSync(file, time, time);
    const titles = (preparsedOrNot?: typeof preparsed) =>
      createBriefingFiles(dir)
        .loadAll(preparsedOrNot ? { preparsed: preparsedOrNot } : {})
        .briefings.map((briefing) => briefing.title);
    expect(titles(preparsed)).toEqual(['Before']);
    expect(titles()).toEqual(['Afters']);
    // Another size: parsed again where it is read.
    writeFileSync(file, stringify(briefingData({ id: 'a', title: 'After, longer' })));
    expect(titles(preparsed)).toEqual(['After, longer']);
  });

  it('puts clean parses in the cache as they arrive, keeping only their stamps, and a file saved before serving serves as saved', async () => {
    const dir = folder(mixedFolder());
    const data = folder(mkdtempSync(join(tmpdir(), 'briefbot-')));
    const cacheFile = join(data, 'cache.ndjson');
    const prepared = await prepareBriefings({ dir, cacheFile, threads: 1, parallelFrom: 1 });
    const kept = [...prepared.preparsed.values()];
    // Twelve clean files and the draft are in the cache; the three with problems stay parsed.
    expect(kept.filter((file) => 'cached' in file)).toHaveLength(13);
    expect(kept.filter((file) => 'parsed' in file)).toHaveLength(3);
    expect(kept.some((file) => 'headJson' in file)).toBe(false);
    expect(prepared.cache?.knows('topic-03.yaml')).toBe(true);
    // Saved between the parse and the start's read: the cached parse no longer matches.
    const file = join(dir, 'topic-03.yaml');
    writeFileSync(file, stringify(briefingData({ id: 'topic-03', title: 'Saved in between' })));
    const log = createLogger({ level: 'silent' });
    const served = serveBriefings({ library: createLibrary(), dir, log, watch: false, prepared });
    const titles = served.library.briefings().map((briefing) => briefing.title);
    served.stop();
    expect(titles).toHaveLength(12);
    expect(titles).toContain('Saved in between');
    expect(titles).not.toContain('Topic 3');
  });

  it('parses at a first start what the cache lacks, and nothing at a restart', async () => {
    const dir = folder(mixedFolder());
    const data = folder(mkdtempSync(join(tmpdir(), 'briefbot-')));
    const cacheFile = join(data, 'cache.ndjson');
    const log = createLogger({ level: 'silent' });
    const start = async () => {
      const prepared = await prepareBriefings({ dir, cacheFile, threads: 1, parallelFrom: 1 });
      const served = serveBriefings({ library: createLibrary(), dir, log, watch: false, prepared });
      const ids = served.library.briefings().map((briefing) => briefing.id);
      served.stop();
      return { parsedAhead: prepared.preparsed.size, ids };
    };
    const first = await start();
    expect(first.parsedAhead).toBe(16);
    expect(first.ids).toHaveLength(12);
    // Only files without problems are cached (the draft is one): the other three are parsed again.
    const again = await start();
    expect(again.parsedAhead).toBe(3);
    expect(again.ids).toEqual(first.ids);
  });
});
