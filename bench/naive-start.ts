import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Briefing } from '../src/content/briefing-schema.ts';
import { createNaiveBaseline } from './naive-baseline.ts';

/**
 * The start-up baseline: what a typical bot does at start, run as its own process. It reads and
 * parses every YAML file (no validation, no checks across files), builds the naive baseline's
 * Fuse.js index, says so on stderr as a JSON line, and stays up until stdin closes so that its
 * memory can be read.
 *
 *   node --import tsx bench/naive-start.ts <dir>
 */
const dir = process.argv[2] ?? 'briefings';
const briefings = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => load(readFileSync(join(dir, name), 'utf8')) as Briefing);
const baseline = createNaiveBaseline(briefings);
process.stderr.write(
  `${JSON.stringify({ msg: 'briefings loaded', briefings: briefings.length, ok: baseline !== undefined })}\n`,
);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
