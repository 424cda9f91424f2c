import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Briefing } from './briefing-schema.ts';
import { checkLibrary, type FileBriefing } from './check-library.ts';
import { createLocator, parseBriefing } from './parse-briefing.ts';
import { compareProblems, type Problem } from './problem.ts';

/** What the files on disk amount to right now. */
export interface BriefingSnapshot {
  /** The briefings that serve, one per id. */
  briefings: Briefing[];
  /** Every problem in every file, sorted by file and line. */
  problems: Problem[];
}

interface FileState {
  /** The last version of this file that parsed cleanly; kept while a broken edit is fixed. */
  good?: Briefing;
  problems: Problem[];
}

/** Whether a directory entry is a briefing file. Editors' swap and backup files are not. */
export function isBriefingFile(name: string): boolean {
  return /^[^.#~].*\.ya?ml$/i.test(name);
}

/**
 * The briefing files of one directory, read once at start and then file by file as they change.
 * A file that breaks keeps serving its last good version until it is mended or deleted.
 */
export function createBriefingFiles(dir: string) {
  const files = new Map<string, FileState>();

  function read(name: string): void {
    const path = join(dir, name);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        files.delete(name);
        return;
      }
      const message = `cannot read the file (${(error as Error).message})`;
      const previous = files.get(name);
      files.set(name, {
        ...(previous?.good ? { good: previous.good } : {}),
        problems: [{ file: path, line: 1, column: 1, path: '', message, severity: 'error' }],
      });
      return;
    }
    const parsed = parseBriefing(path, source);
    if (parsed.briefing) {
      files.set(name, { good: parsed.briefing, problems: parsed.problems });
      return;
    }
    const previous = files.get(name)?.good;
    const problems = previous
      ? parsed.problems.map((problem) => ({
          ...problem,
          message: `${problem.message} (still serving the last good version)`,
        }))
      : parsed.problems;
    files.set(name, { ...(previous ? { good: previous } : {}), problems });
  }

  function listNames(): string[] {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isBriefingFile(entry.name))
      .map((entry) => entry.name)
      .sort();
  }

  return {
    dir,
    /** Reads every briefing file in the directory, forgetting files that are gone. */
    loadAll(): BriefingSnapshot {
      const names = listNames();
      for (const name of [...files.keys()]) if (!names.includes(name)) files.delete(name);
      for (const name of names) read(name);
      return this.snapshot();
    },
    /** Re-reads one file by its name in the directory (a deleted file is dropped). */
    reload(name: string): BriefingSnapshot {
      read(name);
      return this.snapshot();
    },
    snapshot(): BriefingSnapshot {
      const candidates: FileBriefing[] = [];
      const problems: Problem[] = [];
      for (const [name, state] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        problems.push(...state.problems);
        if (state.good) candidates.push({ file: join(dir, name), briefing: state.good });
      }
      const checked = checkLibrary(candidates);
      // Positions for cross-file findings need the file's source; read each such file once.
      const locators = new Map<string, ReturnType<typeof locatorFor>>();
      for (const finding of checked.findings) {
        let locate = locators.get(finding.file);
        if (locate === undefined) {
          locate = locatorFor(finding.file);
          locators.set(finding.file, locate);
        }
        problems.push({
          file: finding.file,
          ...locate(finding.path),
          path: finding.path.join('.'),
          message: finding.message,
          severity: finding.severity,
        });
      }
      return {
        briefings: checked.accepted.map((entry) => entry.briefing),
        problems: problems.sort(compareProblems),
      };
    },
  };
}

export type BriefingFiles = ReturnType<typeof createBriefingFiles>;

function locatorFor(file: string): (path: (string | number)[]) => { line: number; column: number } {
  try {
    return createLocator(readFileSync(file, 'utf8'));
  } catch {
    return () => ({ line: 1, column: 1 });
  }
}
