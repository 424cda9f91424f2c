import type pg from 'pg';
import { isWritableName, removeFile, writeAtomically } from '../content/briefing-writes.ts';
import type { Logger } from '../logger.ts';
import { readLocal, textHash } from './shared-briefing-writes.ts';

interface SharedRow {
  version: string;
  file_name: string;
  content: string | null;
  deleted: boolean;
}

export interface BriefingSync {
  /** Applies what is new now (the start does, before serving requests), then every interval. */
  applyNow(): Promise<void>;
  /** Stops applying; waits for a round under way. */
  stop(): Promise<void>;
}

/**
 * Applies the briefing files other processes wrote (shared-briefing-writes.ts) to this process's
 * folder: at start every file's latest row, then every `intervalMs` (a second: an approval on one
 * process is served by all within two) the rows newer than the last applied. Each file is written
 * atomically under a dotted temporary name and served at once through `reload`.
 *
 * A file the deployment shipped is never overwritten unless the shared history says so: a row is
 * applied when this folder has no such file, or when its file is a version that history knows
 * (the text some write replaced, or one a write put there). So approving a shipped draft on one
 * process publishes it on every process that shipped the same draft, while a file of that name
 * with other text (a newer release, a local edit) is kept and a warning logged.
 */
export function startBriefingSync(deps: {
  dir: string;
  pool: () => Promise<pg.Pool>;
  reload: (fileName: string) => void;
  log: Logger;
  intervalMs?: number;
}): BriefingSync {
  const { dir, log } = deps;
  const intervalMs = deps.intervalMs ?? 1000;
  let applied = '0';
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let failing = false;

  async function known(pool: pg.Pool, fileName: string, text: string): Promise<boolean> {
    const hash = textHash(text);
    const { rows } = await pool.query(
      `SELECT 1 FROM briefing_files WHERE file_name = $1 AND (content_hash = $2 OR replaces_hash = $2)
       LIMIT 1`,
      [fileName, hash],
    );
    return rows.length > 0;
  }

  /** Brings one file to its latest shared row; true when the folder changed. */
  async function applyRow(pool: pg.Pool, row: SharedRow): Promise<boolean> {
    const name = row.file_name;
    if (!isWritableName(name)) {
      log.warn({ file: name }, 'shared briefing file with an unsafe name ignored');
      return false;
    }
    const local = readLocal(dir, name);
    const wanted = row.deleted ? undefined : (row.content ?? undefined);
    if (local === wanted) return false;
    if (local !== undefined && !(await known(pool, name, local))) {
      log.warn(
        { file: name, version: row.version },
        'shared briefing file not applied: this folder has another version of it',
      );
      return false;
    }
    if (wanted === undefined) removeFile(dir, name);
    else writeAtomically(dir, name, wanted);
    return true;
  }

  async function apply(): Promise<void> {
    const pool = await deps.pool();
    const { rows } = await pool.query<SharedRow>(
      `SELECT * FROM (
         SELECT DISTINCT ON (file_name) version, file_name, content, deleted
         FROM briefing_files WHERE version > $1 ORDER BY file_name, version DESC
       ) latest ORDER BY version`,
      [applied],
    );
    for (const row of rows) {
      if (stopped) return;
      try {
        if (await applyRow(pool, row)) {
          deps.reload(row.file_name);
          log.info({ file: row.file_name, version: row.version }, 'shared briefing file applied');
        }
      } catch (error) {
        log.error({ err: error, file: row.file_name }, 'shared briefing file could not be applied');
      }
      applied = row.version;
    }
  }

  function applyNow(): Promise<void> {
    round = round.then(async () => {
      if (stopped) return;
      try {
        await apply();
        if (failing) log.info('shared briefing files reachable again');
        failing = false;
      } catch (error) {
        // Logged once per outage, not every second.
        if (!failing) log.warn({ err: error }, 'cannot read the shared briefing files; retrying');
        failing = true;
      }
    });
    return round;
  }

  const tick = () => {
    timer = setTimeout(() => {
      void applyNow().then(() => {
        if (!stopped) tick();
      });
    }, intervalMs);
    timer.unref();
  };
  tick();

  return {
    applyNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
