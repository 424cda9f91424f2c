import { accessSync, constants, opendirSync, statSync } from 'node:fs';

/**
 * Why the briefings folder cannot be served, in words an operator can act on; undefined when it
 * can. Checked once at start so that a typo in BRIEFINGS_DIR stops the bot with one clear line
 * instead of a stack trace and a bot that knows nothing.
 */
export function briefingsFolderProblem(dir: string): string | undefined {
  const fix = 'Create it, or set BRIEFINGS_DIR to the folder that holds the briefing files.';
  try {
    if (!statSync(dir).isDirectory()) return `The briefings folder ${dir} is not a folder. ${fix}`;
    accessSync(dir, constants.R_OK | constants.X_OK);
    // Its first entry read, not the whole listing: that proves it can be listed, where listing
    // 100,000 files took a tenth of a second of every start (the start lists it anyway).
    const listing = opendirSync(dir);
    try {
      listing.readSync();
    } finally {
      listing.closeSync();
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return `The briefings folder ${dir} does not exist. ${fix}`;
    }
    return `The briefings folder ${dir} cannot be read (${code ?? 'unknown error'}). Check its permissions, or set BRIEFINGS_DIR.`;
  }
}
