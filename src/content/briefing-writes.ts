import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isBriefingFile } from './briefing-files.ts';

/**
 * Every write the bot itself makes into the briefings folder at run time: a draft made from a
 * feed, an editor's approval or rejection. The folder alone by default; with DATABASE_URL, the
 * same writes are also recorded for the other processes (src/app/shared-briefing-writes.ts), so
 * callers never ask which they have.
 */
export interface BriefingWrites {
  /**
   * Writes a new file; false, with nothing written, when the name is taken already (in this
   * folder or, when shared, by any process), so the caller picks another.
   */
  create(fileName: string, text: string): Promise<boolean>;
  /** Replaces a file's text, or writes it if it is missing. */
  replace(fileName: string, text: string): Promise<void>;
  /** Deletes a file; nothing if it is not there. */
  remove(fileName: string): Promise<void>;
}

/** The longest file name written: well under every file system's limit of 255 bytes. */
const MAX_NAME = 200;

/**
 * Whether a name may be written into the folder: one the folder serves (`.yaml` or `.yml`, no
 * leading dot, `#` or `~`) and a plain name, never a path, so a stored name cannot reach outside.
 */
export function isWritableName(fileName: string): boolean {
  return (
    fileName.length <= MAX_NAME &&
    basename(fileName) === fileName &&
    !/[/\\\0]/.test(fileName) &&
    isBriefingFile(fileName)
  );
}

function checkedName(fileName: string): string {
  if (!isWritableName(fileName)) throw new RangeError(`not a briefing file name: ${fileName}`);
  return fileName;
}

/**
 * Writes a file under a dotted temporary name the folder watcher ignores, then renames it into
 * place: a reader, or a crash, never meets half a file.
 */
export function writeAtomically(dir: string, fileName: string, text: string): void {
  const target = join(dir, checkedName(fileName));
  const temporary = join(dir, `.${fileName}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, target);
}

/** Deletes a briefing file from the folder; nothing if it is not there. */
export function removeFile(dir: string, fileName: string): void {
  rmSync(join(dir, checkedName(fileName)), { force: true });
}

/** The folder alone: today's behaviour without DATABASE_URL. */
export function createFolderWrites(dir: string): BriefingWrites {
  return {
    async create(fileName, text) {
      if (existsSync(join(dir, checkedName(fileName)))) return false;
      writeAtomically(dir, fileName, text);
      return true;
    },
    async replace(fileName, text) {
      writeAtomically(dir, fileName, text);
    },
    async remove(fileName) {
      removeFile(dir, fileName);
    },
  };
}
