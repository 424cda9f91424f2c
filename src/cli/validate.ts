import { config as loadDotenv } from 'dotenv';
import { briefingMaxBytesOf, briefingsDirOf, ConfigError } from '../config.ts';
import { createBriefingFiles } from '../content/briefing-files.ts';
import { briefingsFolderProblem } from '../content/briefings-folder.ts';
import { formatProblem } from '../content/problem.ts';
import { exitIfHelpAsked, VALIDATE_USAGE } from './usage.ts';

/**
 * `npm run validate [-- <dir>]`: checks every briefing file and prints each problem as
 * `file:line:column field.path: message`. Exits 1 when there is any problem, 0 when all is clean.
 */
exitIfHelpAsked(process.argv.slice(2), VALIDATE_USAGE);
loadDotenv({ quiet: true });
const dir = process.argv[2] ?? briefingsDirOf();
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
process.exitCode = snapshot.problems.length > 0 ? 1 : 0;
