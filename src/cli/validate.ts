import { existsSync, statSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { configSchema } from '../config.ts';
import { createBriefingFiles } from '../content/briefing-files.ts';
import { formatProblem } from '../content/problem.ts';

/**
 * `npm run validate [-- <dir>]`: checks every briefing file and prints each problem as
 * `file:line:column field.path: message`. Exits 1 when there is any problem, 0 when all is clean.
 */
loadDotenv({ quiet: true });
const dir = process.argv[2] ?? process.env.BRIEFINGS_DIR ?? 'briefings';
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  process.stderr.write(`${dir}: no such directory of briefings\n`);
  process.exit(2);
}
// Only the limit is read from the configuration: validating files needs no platform settings.
const maxBytes = configSchema.shape.BRIEFING_MAX_BYTES.safeParse(process.env.BRIEFING_MAX_BYTES);
if (!maxBytes.success) {
  process.stderr.write(`BRIEFING_MAX_BYTES: ${maxBytes.error.issues[0]?.message}\n`);
  process.exit(2);
}
const files = createBriefingFiles(dir, { maxBytes: maxBytes.data });
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
