import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import {
  type BriefingWrites,
  isWritableName,
  removeFile,
  writeAtomically,
} from '../content/briefing-writes.ts';

/**
 * Briefing files written at run time, shared through PostgreSQL (migration 3's `briefing_files`):
 * each write is a row with the file's name, its text (none when deleted), a version from an
 * identity column, the hash of its text and the hash of the text it replaced. Every process
 * applies the rows newer than the last it applied to its own folder (shared-briefing-sync.ts).
 */

/** The hash a row keeps of a file's text, to tell which versions of a file the history knows. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The text of a file in the folder, or undefined when there is none. */
export function readLocal(dir: string, fileName: string): string | undefined {
  try {
    return readFileSync(join(dir, fileName), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes are taken one at a time under this transaction lock, so versions are committed in the
 * order they are numbered: a reader that has seen version n never later meets an n - 1 that
 * committed after it looked. Writes are rare (drafts, editors' decisions), so the wait is nothing.
 */
const WRITE_LOCK = 'briefbot-briefing-files';

async function record(
  pool: pg.Pool,
  row: { fileName: string; text: string | undefined; replaces: string | undefined },
  onlyIfNew = false,
): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [WRITE_LOCK]);
    if (onlyIfNew) {
      const { rows } = await client.query<{ deleted: boolean }>(
        'SELECT deleted FROM briefing_files WHERE file_name = $1 ORDER BY version DESC LIMIT 1',
        [row.fileName],
      );
      if (rows[0] && !rows[0].deleted) {
        await client.query('ROLLBACK');
        return false;
      }
    }
    await client.query(
      `INSERT INTO briefing_files (file_name, content, content_hash, replaces_hash, deleted)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        row.fileName,
        row.text ?? null,
        row.text === undefined ? null : textHash(row.text),
        row.replaces ?? null,
        row.text === undefined,
      ],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Writes into this process's folder and records each write for the others. The row is recorded
 * first: if the database cannot be reached the write fails whole (the editor is told), rather
 * than serving here what no other process will ever see.
 */
export function createSharedBriefingWrites(deps: {
  dir: string;
  pool: () => Promise<pg.Pool>;
}): BriefingWrites {
  const { dir } = deps;
  const checked = (fileName: string) => {
    if (!isWritableName(fileName)) throw new RangeError(`not a briefing file name: ${fileName}`);
    return fileName;
  };
  const replacedHash = (fileName: string) => {
    const text = readLocal(dir, fileName);
    return text === undefined ? undefined : textHash(text);
  };
  return {
    async create(fileName, text) {
      if (existsSync(join(dir, checked(fileName)))) return false;
      const recorded = await record(
        await deps.pool(),
        { fileName, text, replaces: undefined },
        true,
      );
      if (recorded) writeAtomically(dir, fileName, text);
      return recorded;
    },
    async replace(fileName, text) {
      const replaces = replacedHash(checked(fileName));
      await record(await deps.pool(), { fileName, text, replaces });
      writeAtomically(dir, fileName, text);
    },
    async remove(fileName) {
      const replaces = replacedHash(checked(fileName));
      await record(await deps.pool(), { fileName, text: undefined, replaces });
      removeFile(dir, fileName);
    },
  };
}
