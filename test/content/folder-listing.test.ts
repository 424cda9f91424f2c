import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { type BriefingSnapshot, createBriefingFiles } from '../../src/content/briefing-files.ts';
import { listFolderAhead } from '../../src/content/folder-listing.ts';
import { plainBriefing } from '../../src/content/lean-briefing.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { prepareBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { removedAfterEach } from '../helpers/folders.ts';

// A large start lists the briefings folder on another thread while it reads the briefing cache;
// the watch begun before that listing makes up for a save made while the start runs.

const folder = removedAfterEach();

const view = (snapshot: BriefingSnapshot) => ({
  briefings: snapshot.briefings.map((briefing) => plainBriefing(briefing)),
  problems: snapshot.problems.map(formatProblem),
});

/** Briefings, a link inside the folder, one out of it, a folder with a briefing's name. */
function awkwardFolder(): { dir: string; outside: string } {
  const dir = folder(
    briefingDir({
      'b-topic.yaml': briefingData({ id: 'b-topic', title: 'B' }),
      'a-topic.yml': briefingData({ id: 'a-topic', title: 'A' }),
      'notes.txt': 'not a briefing',
      '.hidden.yaml': briefingData({ id: 'hidden' }),
    }),
  );
  const outside = folder(mkdtempSync(join(tmpdir(), 'briefbot-outside-')));
  writeFileSync(join(outside, 'far.yaml'), stringify(briefingData({ id: 'far', title: 'Far' })));
  symlinkSync(join(dir, 'b-topic.yaml'), join(dir, 'c-link.yaml'));
  symlinkSync(join(outside, 'far.yaml'), join(dir, 'd-out.yaml'));
  mkdirSync(join(dir, 'e-folder.yaml'));
  return { dir, outside };
}

describe('listing the folder ahead', () => {
  it('lists the briefing files, sorted, with the stamps of the plain ones', async () => {
    const { dir } = awkwardFolder();
    const listing = await listFolderAhead(dir);
    expect(listing?.names).toEqual([
      'a-topic.yml',
      'b-topic.yaml',
      'c-link.yaml',
      'd-out.yaml',
      'e-folder.yaml',
    ]);
    const stamps = listing?.stamps;
    expect([...(stamps?.keys() ?? [])].sort()).toEqual(['a-topic.yml', 'b-topic.yaml']);
    const own = lstatSync(join(dir, 'b-topic.yaml'));
    expect(stamps?.get('b-topic.yaml')).toEqual({ mtimeMs: own.mtimeMs, size: own.size });
  });

  it('gives no listing for a folder it cannot list, and the start says why', async () => {
    const missing = join(folder(mkdtempSync(join(tmpdir(), 'briefbot-'))), 'gone');
    expect(await listFolderAhead(missing)).toBeUndefined();
  });

  it('serves from a listing exactly what a start that stamps each file serves', async () => {
    const { dir } = awkwardFolder();
    const listing = await listFolderAhead(dir);
    expect(listing).toBeDefined();
    const listed = view(createBriefingFiles(dir).loadAll({ ...(listing ? { listing } : {}) }));
    const stamped = view(createBriefingFiles(dir).loadAll());
    expect(listed).toEqual(stamped);
    expect(listed.briefings.map((b) => b.id).sort()).toEqual(['a-topic', 'b-topic']);
    // The link inside the folder duplicates an id; the one out of it and the folder are refused.
    expect(listed.problems.join('\n')).toMatch(/d-out\.yaml.*outside the briefings folder/);
    expect(listed.problems.join('\n')).toMatch(/e-folder\.yaml.*not a regular file/);
  });
});

describe('a start that watches', () => {
  it('serves a file saved after the folder was listed, once it is up', async () => {
    const dir = folder(
      briefingDir({
        'topic.yaml': briefingData({ id: 'topic', title: 'Before' }),
        'other.yaml': briefingData({ id: 'other', title: 'Other' }),
      }),
    );
    const data = folder(mkdtempSync(join(tmpdir(), 'briefbot-')));
    const cacheFile = join(data, 'cache.ndjson');
    const log = createLogger({ level: 'silent' });
    // A first start fills the cache with the version before.
    const first = serveBriefings({ library: createLibrary(), dir, log, watch: false, cacheFile });
    first.stop();
    const prepared = await prepareBriefings({ dir, cacheFile, watch: true, listAheadFrom: 0 });
    expect(prepared.listing?.names).toEqual(['other.yaml', 'topic.yaml']);
    // Saved after the listing, before the start reads the folder; the listed stamp is the old one.
    const file = join(dir, 'topic.yaml');
    const { mtimeMs } = statSync(file);
    writeFileSync(file, stringify(briefingData({ id: 'topic', title: 'After, saved' })));
    utimesSync(file, new Date(), new Date(mtimeMs + 5000));
    // The watch has heard of the save before the start serves, as in a start of many seconds.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const served = serveBriefings({ library: createLibrary(), dir, log, watch: true, prepared });
    try {
      await vi.waitFor(() => expect(served.library.briefing('topic')?.title).toBe('After, saved'), {
        timeout: 5000,
      });
    } finally {
      served.stop();
    }
  });

  it('does not list ahead when it does not watch, or the cache is small', async () => {
    const dir = folder(briefingDir({ 'topic.yaml': briefingData({ id: 'topic' }) }));
    const data = folder(mkdtempSync(join(tmpdir(), 'briefbot-')));
    const cacheFile = join(data, 'cache.ndjson');
    const unwatched = await prepareBriefings({ dir, cacheFile, listAheadFrom: 0 });
    expect(unwatched.listing).toBeUndefined();
    const small = await prepareBriefings({ dir, cacheFile, watch: true });
    small.watch?.stop();
    expect(small.listing).toBeUndefined();
  });
});
