import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createApp } from '../../src/app/create-app.ts';
import {
  type ParsedFile,
  parsedFilesOf,
  seedBriefingCache,
  seedOrParse,
  sharedParses,
  shareParsedBriefings,
} from '../../src/app/shared-parses.ts';
import { loadConfig } from '../../src/config.ts';
import { type BriefingCache, openBriefingCache } from '../../src/content/briefing-cache.ts';
import { prepareBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import { openPostgres } from '../../src/digests/pg-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData } from '../helpers/briefings.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';
import { until } from '../helpers/until.ts';

// A new process (an empty DATA_DIR) starts from what other processes parsed of the same files,
// through PostgreSQL, and parses only what differs: a file of another text, of another name, or
// parsed under other rules is never taken from the database.

const schemas = testSchemas('shared-parses');
const pools: pg.Pool[] = [];
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
  await schemas.dropAll();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const silent = createLogger({ level: 'silent', destination: new PassThrough() });

function root(): string {
  const made = mkdtempSync(join(tmpdir(), 'briefbot-shared-parses-'));
  roots.push(made);
  return made;
}

/** A folder of `count` briefings, `b0.yaml`…, each with its own title and quote. */
function folder(count: number): string {
  const dir = join(root(), 'briefings');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeBriefing(dir, i, `Topic ${i}`);
  return dir;
}

function writeBriefing(dir: string, i: number, title: string): void {
  writeFileSync(
    join(dir, `b${i}.yaml`),
    stringify(briefingData({ id: `topic-${i}`, title, summary: `Summary of ${title}.` })),
  );
}

async function database(): Promise<pg.Pool> {
  const pool = await openPostgres({
    url: TEST_DATABASE_URL,
    schema: schemas.next(),
    shownAs: 'the test server',
    onIdleError: () => undefined,
    max: 3,
  });
  pools.push(pool);
  return pool;
}

/** A start as the app does it: prepare (every unknown file parsed ahead), then serve. */
async function start(dir: string, cacheFile: string) {
  const prepared = await prepareBriefings({ dir, cacheFile, parallelFrom: 1, threads: 0 });
  const parsed = parsedFilesOf(prepared.preparsed);
  const served = serveBriefings({
    library: createLibrary([]),
    dir,
    log: silent,
    watch: false,
    prepared,
  });
  return { prepared, parsed, served, cache: prepared.cache };
}

function share(
  pool: pg.Pool,
  started: { cache?: BriefingCache; parsed: ParsedFile[] },
  options: { batch?: number; stopping?: () => boolean } = {},
) {
  if (!started.cache) throw new Error('no cache');
  return shareParsedBriefings({
    pool: async () => pool,
    cache: started.cache,
    parsed: started.parsed,
    ...options,
  });
}

function seed(
  pool: pg.Pool,
  dir: string,
  cacheFile: string,
  options: { batch?: number; maxBytes?: number } = {},
) {
  return seedBriefingCache({
    pool: async () => pool,
    dir,
    cacheFile,
    maxBytes: options.maxBytes ?? 1 << 20,
    ...(options.batch ? { batch: options.batch } : {}),
  });
}

const titles = (served: { library: ReturnType<typeof createLibrary> }) =>
  served.library
    .briefings()
    .map((b) => b.title)
    .sort();

describe('parsed briefings shared through PostgreSQL', () => {
  it('lets a new process start from the rows another shared, parsing nothing itself', async () => {
    const pool = await database();
    const dir = folder(5);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    expect(first.parsed).toHaveLength(5);
    expect(await share(pool, first, { batch: 2 })).toBe(5);
    first.served.stop();

    const cacheFile = join(root(), 'data', 'cache.ndjson');
    expect(await seed(pool, dir, cacheFile, { batch: 2 })).toBe(5);
    // Every entry is stamped as the file here is, so the start takes each from the cache.
    const seeded = openBriefingCache(cacheFile, dir);
    for (const name of readdirSync(dir)) {
      const { mtimeMs, size } = lstatSync(join(dir, name));
      expect(seeded.get(name, { mtimeMs, size })?.title).toMatch(/^Topic \d$/);
    }
    const second = await start(dir, cacheFile);
    expect(second.prepared.preparsed.size).toBe(0);
    expect(titles(second.served)).toEqual(['Topic 0', 'Topic 1', 'Topic 2', 'Topic 3', 'Topic 4']);
    const one = second.served.library.briefing('topic-1');
    expect(one && second.served.library.bodyOf(one).summary).toBe('Summary of Topic 1.');
    second.served.stop();
    // Sharing again adds nothing: the rows are keyed by name and text.
    expect(await share(pool, { ...second, parsed: first.parsed })).toBe(0);
  });

  it('seeds nothing over a cache of its own, and replaces one made for another folder', async () => {
    const pool = await database();
    const dir = folder(2);
    const cacheFile = join(root(), 'cache.ndjson');
    const first = await start(dir, cacheFile);
    await share(pool, first);
    first.served.stop();
    const before = readFileSync(cacheFile);
    expect(await seed(pool, dir, cacheFile)).toBe(0);
    expect(readFileSync(cacheFile).equals(before)).toBe(true);

    const elsewhere = join(root(), 'briefings');
    cpSync(dir, elsewhere, { recursive: true });
    expect(await seed(pool, elsewhere, cacheFile)).toBe(2);
    expect(readFileSync(cacheFile, 'utf8')).toContain(JSON.stringify(elsewhere));
  });

  it('leaves out a file over BRIEFING_MAX_BYTES or that is a link, and writes nothing for no files', async () => {
    const pool = await database();
    const dir = folder(3);
    writeBriefing(dir, 2, `Topic 2 ${'x'.repeat(40)}`);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    expect(await share(pool, first)).toBe(3);
    first.served.stop();
    const elsewhere = join(root(), 'briefings');
    cpSync(dir, elsewhere, { recursive: true });
    // b0 becomes a link to the same text outside the folder: the start refuses it, so must this.
    const outside = join(root(), 'b0.yaml');
    renameSync(join(elsewhere, 'b0.yaml'), outside);
    symlinkSync(outside, join(elsewhere, 'b0.yaml'));
    const limit = lstatSync(join(dir, 'b1.yaml')).size;
    expect(await seed(pool, elsewhere, join(root(), 'cache.ndjson'), { maxBytes: limit })).toBe(1);

    const empty = join(root(), 'empty');
    mkdirSync(empty);
    const cacheFile = join(root(), 'cache.ndjson');
    expect(await seed(pool, empty, cacheFile)).toBe(0);
    expect(existsSync(cacheFile)).toBe(false);
  });

  it('takes no row for a file whose text differs here, and parses that file', async () => {
    const pool = await database();
    const dir = folder(3);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    await share(pool, first);
    first.served.stop();

    const elsewhere = join(root(), 'briefings');
    cpSync(dir, elsewhere, { recursive: true });
    writeBriefing(elsewhere, 2, 'Topic 2, as edited here');
    // Same name, same size and modification time would not fool it either: it is the text.
    const cacheFile = join(root(), 'cache.ndjson');
    expect(await seed(pool, elsewhere, cacheFile)).toBe(2);
    const second = await start(elsewhere, cacheFile);
    expect([...second.prepared.preparsed.keys()]).toEqual(['b2.yaml']);
    expect(titles(second.served)).toEqual(['Topic 0', 'Topic 1', 'Topic 2, as edited here']);
    second.served.stop();
  });

  it('does not share a file edited, or deleted, since it was parsed', async () => {
    const pool = await database();
    const dir = folder(4);
    // Whole seconds, so that a modification time put back is exactly the one parsed.
    const second = 1_700_000_000;
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), second, second);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    // The same size, saved later; and another size, with the old modification time put back.
    writeBriefing(dir, 1, 'Topic X');
    utimesSync(join(dir, 'b1.yaml'), second, second + 5);
    writeBriefing(dir, 2, 'Topic 2, edited');
    utimesSync(join(dir, 'b2.yaml'), second, second);
    rmSync(join(dir, 'b3.yaml'));
    for (const name of ['b1.yaml', 'b2.yaml', 'b3.yaml']) first.served.reload(name);
    expect(await share(pool, first)).toBe(1);
    first.served.stop();
    const { rows } = await pool.query('SELECT file_name FROM parsed_briefings');
    expect(rows).toEqual([{ file_name: 'b0.yaml' }]);
  });

  it('stops sharing between batches once asked, and drops old rules after a day', async () => {
    const pool = await database();
    const dir = folder(3);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    await pool.query(
      `INSERT INTO parsed_briefings (format, file_name, content_hash, head, body, shared_at)
       VALUES ('older', 'a.yaml', 'h', '{}', '{}', now() - interval '2 days'),
              ('newer', 'a.yaml', 'h', '{}', '{}', now())`,
    );
    let asked = 0;
    expect(await share(pool, first, { batch: 1, stopping: () => asked++ > 0 })).toBe(1);
    first.served.stop();
    const { rows } = await pool.query('SELECT format FROM parsed_briefings ORDER BY format');
    expect(rows.map((row) => row.format)).toEqual([expect.any(String), 'newer']);
    expect(rows[0]?.format).not.toBe('older');
  });

  it('uses no row parsed under other rules, and keeps a cache of its own as it is', async () => {
    const pool = await database();
    const dir = folder(1);
    const first = await start(dir, join(root(), 'cache.ndjson'));
    await share(pool, first);
    first.served.stop();
    await pool.query(`UPDATE parsed_briefings SET format = 'older rules'`);
    const cacheFile = join(root(), 'cache.ndjson');
    expect(await seed(pool, dir, cacheFile)).toBe(0);
    // The start then writes a cache of its own, which seeding never replaces.
    (await start(dir, cacheFile)).served.stop();
    expect(await seed(pool, dir, cacheFile)).toBe(0);
  });

  it('falls back to parsing, with a warning and no file left behind, when the database is down', async () => {
    const dir = folder(1);
    const data = join(root(), 'data');
    let logged = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logged += chunk;
    });
    const log = createLogger({ level: 'warn', destination });
    const found = await seedOrParse(
      () =>
        seedBriefingCache({
          pool: () => Promise.reject(new Error('connection refused')),
          dir,
          cacheFile: join(data, 'cache.ndjson'),
          maxBytes: 1 << 20,
        }),
      log,
    );
    expect(found).toBeUndefined();
    expect(logged).toContain('could not read parsed briefings from the database; parsing them');
    expect(existsSync(data) ? readdirSync(data) : []).toEqual([]);
  });

  it('logs a seed only when it found rows, shares only what was parsed, and nothing once stopped', async () => {
    const pool = await database();
    const dir = folder(2);
    let logged = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logged += chunk;
    });
    const log = createLogger({ level: 'info', destination });
    const parts = (cacheFile: string) =>
      sharedParses({
        pool: async () => pool,
        config: { BRIEFINGS_DIR: dir, BRIEFING_MAX_BYTES: 1 << 20 },
        cacheFile,
        log,
      });
    const cacheFile = join(root(), 'cache.ndjson');
    const first = parts(cacheFile);
    await first.seed();
    expect(logged).not.toContain('seeded');
    const started = await start(dir, cacheFile);
    first.share(started.prepared);
    await until(() => logged.includes('"files":2,"msg":"parsed briefings shared"'));
    await first.stop();
    started.served.stop();
    // A restart parsed nothing, so it shares nothing; a stopped process shares nothing at all.
    const again = await start(dir, cacheFile);
    const restart = parts(cacheFile);
    restart.share(again.prepared);
    await restart.stop();
    restart.share(started.prepared);
    await new Promise((resolve) => setTimeout(resolve, 50));
    again.served.stop();
    expect(logged.match(/parsed briefings shared/g)).toHaveLength(1);

    const elsewhere = parts(join(root(), 'cache.ndjson'));
    await elsewhere.seed();
    expect(logged).toContain('"files":2,"msg":"briefing cache seeded from the database"');

    // Stopped as soon as it began, a process shares nothing more.
    await pool.query('DELETE FROM parsed_briefings');
    const stopping = parts(cacheFile);
    stopping.share(started.prepared);
    await stopping.stop();
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM parsed_briefings');
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('runs in the app: a second process with an empty DATA_DIR serves what the first parsed', async () => {
    const schema = schemas.next();
    const dir = folder(520);
    const config = (data: string) =>
      loadConfig({
        BRIEFINGS_DIR: dir,
        DATA_DIR: data,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
      });
    let logged = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logged += chunk;
    });
    const log = createLogger({ level: 'info', destination });
    const first = createApp(config(join(root(), 'data')), { briefingCache: true, log });
    await first.loadBriefings();
    // Sharing runs after the start, in the background; a process stopping gives up the rest.
    await until(() => logged.includes('"files":520,"msg":"parsed briefings shared"'), {
      timeoutMs: 20_000,
    });
    await first.stop();

    const second = createApp(config(join(root(), 'data')), { briefingCache: true, log });
    await second.loadBriefings();
    expect(logged).toContain('"files":520,"msg":"briefing cache seeded from the database"');
    expect(second.library.briefings()).toHaveLength(520);
    const last = second.library.briefing('topic-519');
    expect(last && second.library.bodyOf(last).summary).toBe('Summary of Topic 519.');
    await second.stop();
  });
});
