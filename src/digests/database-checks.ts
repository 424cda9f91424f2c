import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * The database cannot be used; the message names the file, says what is wrong and what to do.
 * Briefbot stops rather than run on: without it every subscription would go silently undelivered.
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/**
 * Creates the database's folder, saying honestly why it cannot: Node reports a folder that
 * cannot be made on a read-only mount as ENOENT, which sends people looking for a missing path.
 */
export function makeFolder(file: string): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new DatabaseError(
      `Cannot create the data folder ${folder} for the database ${file}: ${whyNotWritable(folder) ?? (error as Error).message}. Set DATA_DIR to a folder Briefbot can write.`,
      { cause: error },
    );
  }
}

/**
 * Checks a freshly opened database: its pages (`PRAGMA quick_check`, which reads every page but
 * skips the slower index cross-checks) and that it can be written.
 */
export function checkDatabase(db: Database, file: string): void {
  const results = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  const findings = results.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (findings.length > 0) throw damaged(file, findings.slice(0, 3).join('; '));
  // A write that changes nothing: SQLite opens a file it cannot write read-only without a word,
  // and only the first subscription would find out.
  db.exec('BEGIN IMMEDIATE; ROLLBACK');
}

/** Turns what SQLite or the file system said into a DatabaseError that says what to do. */
export function explainOpenError(error: unknown, file: string): Error {
  if (error instanceof DatabaseError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return damaged(file, message);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'EROFS' ||
    code === 'EACCES'
  ) {
    const why = whyNotWritable(dirname(file)) ?? message;
    return new DatabaseError(
      `Cannot write the database ${file}: ${why}. Set DATA_DIR to a folder Briefbot can write, or make this one writable.`,
      { cause: error },
    );
  }
  return new DatabaseError(`Cannot open the database ${file}: ${message}.`, { cause: error });
}

function damaged(file: string, finding: string): DatabaseError {
  return new DatabaseError(
    `The database ${file} is damaged (${finding}). Briefbot has left it as it is. Move it aside (for example to ${file}.damaged) to start again with no subscriptions, or put back a backup; \`sqlite3 ${file} .recover\` may save what it holds.`,
  );
}

/** Why a folder (or the nearest one above it that exists) cannot be written; undefined if it can. */
function whyNotWritable(folder: string): string | undefined {
  let existing = resolve(folder);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = existing === resolve(folder) ? folder : `${existing} (where ${folder} would go)`;
    if (code === 'EROFS') return `${where} is on a read-only file system`;
    if (code === 'EACCES' || code === 'EPERM') return `${where} is not writable by this user`;
    return `${where} cannot be written (${code})`;
  }
}

/** Which file a path names on disk, to notice it being deleted or replaced. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export function identityOf(file: string): FileIdentity | undefined {
  try {
    const stats = statSync(file);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return undefined;
  }
}

/** 'deleted' or 'replaced' when the path no longer names the file that was opened. */
export function fileChange(file: string, opened: FileIdentity): 'deleted' | 'replaced' | undefined {
  const now = identityOf(file);
  if (now === undefined) return 'deleted';
  return now.dev === opened.dev && now.ino === opened.ino ? undefined : 'replaced';
}
