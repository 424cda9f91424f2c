import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startBriefingSync } from '../../src/app/shared-briefing-sync.ts';
import { createSharedBriefingWrites } from '../../src/app/shared-briefing-writes.ts';
import {
  type BriefingWrites,
  createFolderWrites,
  isWritableName,
} from '../../src/content/briefing-writes.ts';
import { openPostgres } from '../../src/digests/pg-store.ts';
import { createLogger } from '../../src/logger.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';

const schemas = testSchemas('shared-briefings');
const pools: pg.Pool[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
  await schemas.dropAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const log = createLogger({ level: 'silent', destination: new PassThrough() });

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-shared-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function database(schema = schemas.next()): Promise<pg.Pool> {
  const pool = await openPostgres({
    url: TEST_DATABASE_URL,
    schema,
    shownAs: 'the test server',
    onIdleError: () => undefined,
    max: 3,
  });
  pools.push(pool);
  return pool;
}

/** What every kind of writes does to the folder it writes into. */
const kinds: [string, (dir: string) => Promise<BriefingWrites>][] = [
  ['the folder alone', async (dir) => createFolderWrites(dir)],
  [
    'shared through PostgreSQL',
    async (dir) => {
      const pool = await database();
      return createSharedBriefingWrites({ dir, pool: async () => pool });
    },
  ],
];

describe.each(kinds)('briefing writes (%s)', (_name, open) => {
  it('creates a file once, replaces and removes it, leaving no temporary file', async () => {
    const dir = folder({ 'shipped.yaml': 'id: shipped\n' });
    const writes = await open(dir);
    expect(await writes.create('draft.yaml', 'id: draft\n')).toBe(true);
    expect(await writes.create('draft.yaml', 'id: other\n')).toBe(false);
    expect(await writes.create('shipped.yaml', 'id: other\n')).toBe(false);
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe('id: draft\n');
    await writes.replace('draft.yaml', 'id: draft\napproved: yes\n');
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe('id: draft\napproved: yes\n');
    await writes.remove('draft.yaml');
    await writes.remove('never-there.yaml');
    expect(readdirSync(dir).sort()).toEqual(['shipped.yaml']);
  });

  it('refuses a name that is a path or a file the folder would not serve', async () => {
    const writes = await open(folder());
    for (const name of ['../escape.yaml', 'sub/dir.yaml', '.hidden.yaml', 'notes.txt', 'a\\b.yaml'])
      await expect(writes.replace(name, 'x: 1\n')).rejects.toThrow(RangeError);
  });
});

describe('briefing files shared through PostgreSQL', () => {
  /** Two processes on one database, each with its own folder and its own copy of `shipped`. */
  async function twoProcesses(shipped: [Record<string, string>, Record<string, string>]) {
    const schema = schemas.next();
    const made = await Promise.all(
      shipped.map(async (files) => {
        const dir = folder(files);
        const pool = await database(schema);
        const reloaded: string[] = [];
        const writes = createSharedBriefingWrites({ dir, pool: async () => pool });
        const sync = startBriefingSync({
          dir,
          pool: async () => pool,
          reload: (name) => reloaded.push(name),
          log,
          intervalMs: 60_000,
        });
        return { dir, writes, sync, reloaded, pool };
      }),
    );
    return made as [(typeof made)[0], (typeof made)[0]];
  }

  it('applies what one process wrote to the other folder, a deletion too, and serves each', async () => {
    const [a, b] = await twoProcesses([{}, {}]);
    try {
      await a.writes.create('draft.yaml', 'id: draft\ndraft: true\n');
      await b.sync.applyNow();
      expect(readFileSync(join(b.dir, 'draft.yaml'), 'utf8')).toBe('id: draft\ndraft: true\n');
      expect(b.reloaded).toEqual(['draft.yaml']);
      await b.writes.replace('draft.yaml', 'id: draft\n');
      await a.writes.create('second.yaml', 'id: second\n');
      await a.writes.remove('second.yaml');
      await a.sync.applyNow();
      expect(readFileSync(join(a.dir, 'draft.yaml'), 'utf8')).toBe('id: draft\n');
      await b.sync.applyNow();
      expect(existsSync(join(b.dir, 'second.yaml'))).toBe(false);
      expect(readdirSync(b.dir)).toEqual(['draft.yaml']);
    } finally {
      await Promise.all([a.sync.stop(), b.sync.stop()]);
    }
  });

  it('refuses a new draft a name another process has taken, though this folder lacks it', async () => {
    const [a, b] = await twoProcesses([{}, {}]);
    try {
      expect(await a.writes.create('harbour.yaml', 'id: harbour\n')).toBe(true);
      expect(await b.writes.create('harbour.yaml', 'id: other-harbour\n')).toBe(false);
      expect(existsSync(join(b.dir, 'harbour.yaml'))).toBe(false);
    } finally {
      await Promise.all([a.sync.stop(), b.sync.stop()]);
    }
  });

  it('publishes an approved shipped draft where the same draft was shipped, and keeps a different one', async () => {
    const shipped = 'id: shipped\ndraft: true\n';
    const [a, b] = await twoProcesses([
      { 'shipped.yaml': shipped, 'local.yaml': 'id: local\ndraft: true\n' },
      { 'shipped.yaml': shipped, 'local.yaml': 'id: local\ntitle: a newer release\n' },
    ]);
    try {
      await a.writes.replace('shipped.yaml', 'id: shipped\n');
      await a.writes.replace('local.yaml', 'id: local\n');
      await b.sync.applyNow();
      expect(readFileSync(join(b.dir, 'shipped.yaml'), 'utf8')).toBe('id: shipped\n');
      expect(readFileSync(join(b.dir, 'local.yaml'), 'utf8')).toBe(
        'id: local\ntitle: a newer release\n',
      );
      expect(b.reloaded).toEqual(['shipped.yaml']);
    } finally {
      await Promise.all([a.sync.stop(), b.sync.stop()]);
    }
  });

  it('brings a process that missed several versions of a file to the latest', async () => {
    const [a, b] = await twoProcesses([{}, {}]);
    try {
      await a.writes.create('story.yaml', 'v: 1\n');
      await b.sync.applyNow();
      await a.writes.replace('story.yaml', 'v: 2\n');
      await a.writes.replace('story.yaml', 'v: 3\n');
      await b.sync.applyNow();
      expect(readFileSync(join(b.dir, 'story.yaml'), 'utf8')).toBe('v: 3\n');
    } finally {
      await Promise.all([a.sync.stop(), b.sync.stop()]);
    }
  });

  it('lets no unsafe name into the table', async () => {
    const pool = await database();
    for (const name of ['../escape.yaml', 'a/b.yaml', '.x.yaml', 'x.txt'])
      await expect(
        pool.query('INSERT INTO briefing_files (file_name, content) VALUES ($1, $2)', [name, 'x']),
      ).rejects.toThrow(/check constraint/);
    expect(isWritableName('Story-1.YML')).toBe(true);
  });
});
