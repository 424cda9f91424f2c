import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { BriefingCache } from '../content/briefing-cache.ts';
import { isBriefingFile } from '../content/briefing-files.ts';
import {
  cacheFormat,
  createBriefingCacheWriter,
  isUsableBriefingCache,
} from '../content/cache-file.ts';
import { type Preparsed, sourceHash } from '../content/preparse.ts';
import type { FileStamp } from '../content/read-briefing-file.ts';
import type { PreparedBriefings } from '../content/serve-briefings.ts';
import type { Logger } from '../logger.ts';

/*
 * Parsed briefing files shared through PostgreSQL (migration 4's `parsed_briefings`), so that a
 * new process (an empty DATA_DIR, as every fresh instance has) starts as fast as a restart rather
 * than parsing every file again: at 10,000 files, parsing is most of a first start. A row is the
 * cache's JSON of one file's clean parse, keyed by the cache format, the file's name and a hash
 * of its text: the same name and text parse to the same briefing on any machine, whatever the
 * file's modification time there.
 */

/** A briefing file as this process parsed it: what its row is keyed by. */
export interface ParsedFile {
  name: string;
  stamp: FileStamp;
  hash: string;
}

/** The files a start parsed cleanly ahead of serving: what it can share. */
export function parsedFilesOf(preparsed: ReadonlyMap<string, Preparsed>): ParsedFile[] {
  const out: ParsedFile[] = [];
  for (const file of preparsed.values()) {
    if ('hash' in file) out.push({ name: file.name, stamp: file.stamp, hash: file.hash });
  }
  return out;
}

/** Names per query: a row is a few kB, so a batch is a few MB in memory at once. */
const BATCH = 1000;
/** Queries under way at once while seeding (the intake's pool holds four connections). */
const IN_FLIGHT = 3;

/**
 * The named files with their stamps and the hashes of their bytes. Read directly rather than
 * through the start's checked reader (twice as fast, and this is all a new process does before
 * serving): a file this skips, or reads differently, is only parsed by the start. The stamp is
 * taken before the bytes, so a file saved in between is stamped older than its text and the start
 * parses it again rather than trusting the cache.
 */
function hashFiles(dir: string, names: readonly string[], maxBytes: number): ParsedFile[] {
  const out: ParsedFile[] = [];
  for (const name of names) {
    try {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (!stat.isFile() || stat.size > maxBytes) continue;
      const stamp = { mtimeMs: stat.mtimeMs, size: stat.size };
      out.push({ name, stamp, hash: sourceHash(readFileSync(path)) });
    } catch {
      // The start reads it again and reports why it cannot.
    }
  }
  return out;
}

/**
 * Before a start with no usable briefing cache: writes one from the rows other processes shared
 * for exactly these files (same name, same text, same format), so the start parses only the
 * rest. Returns how many files it found parsed. Any failure leaves no cache file, and the start
 * parses everything, as it would without a database.
 */
export async function seedBriefingCache(deps: {
  pool: () => Promise<pg.Pool>;
  dir: string;
  cacheFile: string;
  maxBytes: number;
  /** Files per query (BATCH). */
  batch?: number;
}): Promise<number> {
  const dir = resolve(deps.dir);
  const size = deps.batch ?? BATCH;
  if (isUsableBriefingCache(deps.cacheFile, dir)) return 0;
  const names = readdirSync(dir).filter(isBriefingFile);
  if (names.length === 0) return 0;
  // Connecting, and then each batch's query, run while the next batch of files is hashed.
  const connecting = deps.pool();
  connecting.catch(() => {});
  const byName = new Map<string, ParsedFile>();
  const fetch = (batch: ParsedFile[]) =>
    connecting.then((pool) =>
      pool.query<{ file_name: string; head: string; body: string }>(
        `SELECT p.file_name, p.head, p.body
         FROM unnest($2::text[], $3::text[]) AS f (file_name, content_hash)
         JOIN parsed_briefings p USING (file_name, content_hash)
         WHERE p.format = $1`,
        [cacheFormat, batch.map((file) => file.name), batch.map((file) => file.hash)],
      ),
    );
  const writer = createBriefingCacheWriter(deps.cacheFile, dir);
  try {
    // A few batches in flight: the database reads them while the next are hashed and written.
    const pending: ReturnType<typeof fetch>[] = [];
    for (let i = 0; i < names.length || pending.length > 0; ) {
      while (pending.length < IN_FLIGHT && i < names.length) {
        const batch = hashFiles(dir, names.slice(i, i + size), deps.maxBytes);
        for (const file of batch) byName.set(file.name, file);
        const next = fetch(batch);
        next.catch(() => {});
        pending.push(next);
        i += size;
      }
      const { rows } = await (pending.shift() as ReturnType<typeof fetch>);
      for (const row of rows) {
        const file = byName.get(row.file_name);
        if (file === undefined) continue;
        writer.add({ name: file.name, stamp: file.stamp, headJson: row.head, bodyJson: row.body });
      }
    }
    return writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/**
 * After a start: shares the files this process parsed, as its cache keeps them, for the next new
 * process. A file changed since it was parsed (its cache entry has another stamp now) is left
 * out, so a row always holds the parse of the text it is keyed by. Rows of other formats (an
 * older Briefbot's) go after a day, once no process of that version is likely to start.
 */
export async function shareParsedBriefings(deps: {
  pool: () => Promise<pg.Pool>;
  cache: BriefingCache;
  parsed: readonly ParsedFile[];
  /** Asked between batches: a process stopping does not wait for the rest. */
  stopping?: () => boolean;
  /** Rows per insert: a fifth of BATCH, as each goes up whole. */
  batch?: number;
}): Promise<number> {
  const pool = await deps.pool();
  const size = deps.batch ?? BATCH / 5;
  let shared = 0;
  for (let i = 0; i < deps.parsed.length && !deps.stopping?.(); i += size) {
    const rows: [string, string, string, string][] = [];
    for (const file of deps.parsed.slice(i, i + size)) {
      const kept = deps.cache.linesOf(file.name);
      if (kept === undefined || !sameStamp(kept.stamp, file.stamp)) continue;
      rows.push([file.name, file.hash, kept.headJson, kept.bodyJson]);
    }
    if (rows.length === 0) continue;
    const result = await pool.query(
      `INSERT INTO parsed_briefings (format, file_name, content_hash, head, body)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT DO NOTHING`,
      [cacheFormat, ...[0, 1, 2, 3].map((column) => rows.map((row) => row[column]))],
    );
    shared += result.rowCount ?? 0;
  }
  await pool.query(
    `DELETE FROM parsed_briefings WHERE format <> $1 AND shared_at < now() - interval '1 day'`,
    [cacheFormat],
  );
  return shared;
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.mtimeMs === b.mtimeMs && a.size === b.size;

/** Logs what seeding found, or why it could not (the start then parses every file). */
export async function seedOrParse(
  seed: () => Promise<number>,
  log: Logger,
): Promise<number | undefined> {
  try {
    const found = await seed();
    if (found > 0) log.info({ files: found }, 'briefing cache seeded from the database');
    return found;
  } catch (error) {
    log.warn({ err: error }, 'could not read parsed briefings from the database; parsing them');
    return undefined;
  }
}

/**
 * A start's part in sharing parses: `seed` before the briefings are prepared, `share` once they
 * are (in the background: the process serves meanwhile), `stop` when the process stops (it gives
 * up what is left to share after the batch under way).
 */
export function sharedParses(deps: {
  pool: () => Promise<pg.Pool>;
  config: Pick<Config, 'BRIEFINGS_DIR' | 'BRIEFING_MAX_BYTES'>;
  cacheFile: string;
  log: Logger;
}) {
  const { config, log } = deps;
  let sharing: Promise<void> | undefined;
  let stopped = false;
  return {
    async seed(): Promise<void> {
      await seedOrParse(
        () =>
          seedBriefingCache({
            pool: deps.pool,
            dir: config.BRIEFINGS_DIR,
            cacheFile: deps.cacheFile,
            maxBytes: config.BRIEFING_MAX_BYTES,
          }),
        log,
      );
    },
    share(prepared: PreparedBriefings): void {
      const parsed = parsedFilesOf(prepared.preparsed);
      const { cache } = prepared;
      if (cache === undefined || parsed.length === 0 || stopped) return;
      sharing = shareParsedBriefings({
        pool: deps.pool,
        cache,
        parsed,
        stopping: () => stopped,
      }).then(
        (count) => log.info({ files: count }, 'parsed briefings shared'),
        (error) => log.warn({ err: error }, 'could not share the parsed briefings'),
      );
    },
    async stop(): Promise<void> {
      stopped = true;
      await sharing;
    },
  };
}
