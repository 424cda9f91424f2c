import { config as loadDotenv } from 'dotenv';
import { briefingMaxBytesOf, briefingsDirOf, ConfigError } from '../config.ts';
import { createBriefingFiles } from '../content/briefing-files.ts';
import { briefingsFolderProblem } from '../content/briefings-folder.ts';
import { formatProblem } from '../content/problem.ts';
import { exitIfHelpAsked, VALIDATE_USAGE } from './usage.ts';

/**
 * `npm run validate [-- <dir>] [--strict]`: checks every briefing file and prints each problem as
 * `file:line:column field.path: message`. Exits 1 when any file has an error (it would not
 * serve), 0 when there are only warnings (they serve; `--strict` makes them fail too), 2 on a
 * usage error or a folder that cannot be read.
 */
const args = process.argv.slice(2);
exitIfHelpAsked(args, VALIDATE_USAGE);
const options = args.filter((arg) => arg.startsWith('-'));
const folders = args.filter((arg) => !arg.startsWith('-'));
const unknown = options.find((option) => option !== '--strict');
if (unknown !== undefined || folders.length > 1) {
  process.stderr.write(
    `${unknown !== undefined ? `Unknown option ${unknown}.` : 'Give at most one folder.'}\n\n${VALIDATE_USAGE}`,
  );
  process.exit(2);
}
const strict = options.includes('--strict');
loadDotenv({ quiet: true });
const dir = folders[0] ?? briefingsDirOf();
const folderProblem = briefingsFolderProblem(dir);
if (folderProblem) {
  process.stderr.write(`${folderProblem}\n`);
  process.exit(2);
}
// Only the limit is read from the configuration: validating files needs no platform settings.
let maxBytes: number;
try {
  maxBytes = briefingMaxBytesOf();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const files = createBriefingFiles(dir, { maxBytes });
const snapshot = files.loadAll();
for (const problem of snapshot.problems) process.stdout.write(`${formatProblem(problem)}\n`);
const errors = snapshot.problems.filter((p) => p.severity === 'error').length;
const warnings = snapshot.problems.length - errors;
const checked = new Set(snapshot.problems.map((p) => p.file)).size;
process.stderr.write(
  snapshot.problems.length === 0
    ? `${dir}: ${snapshot.briefings.length} briefing(s), no problems\n`
    : `${dir}: ${errors} error(s) and ${warnings} warning(s) in ${checked} file(s); ${snapshot.briefings.length} briefing(s) usable\n`,
);
process.exitCode = errors > 0 || (strict && warnings > 0) ? 1 : 0;
