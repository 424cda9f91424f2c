import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { describeMachine } from '../bench/machine.ts';
import { REPORT_FILE, writeReport } from './mutation-report.ts';
import { RESULTS_FILE, type Results, readJson, writeJson } from './mutation-results.ts';
import { summarise } from './mutation-summary.ts';

/** A group of modules that carry one promise, and the tests that check it. */
interface Group {
  promise: string;
  mutate: string[];
  tests: string[];
}

const groups = JSON.parse(readFileSync('mutation/groups.json', 'utf8')) as Record<string, Group>;
const STRYKER = 'node_modules/@stryker-mutator/core/bin/stryker.js';

/** The runs an argument asks for: every group, one group, or one module of a group. */
function select(argument: string | undefined): { name: string; group: Group }[] {
  if (argument === undefined)
    return Object.entries(groups).map(([name, group]) => ({ name, group }));
  const named = groups[argument];
  if (named) return [{ name: argument, group: named }];
  const wanted = argument.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const [name, group] of Object.entries(groups)) {
    const file = group.mutate.find(
      (path) => path === wanted || basename(path, '.ts') === wanted || basename(path) === wanted,
    );
    if (file) return [{ name, group: { ...group, mutate: [file] } }];
  }
  const modules = Object.values(groups).flatMap((group) =>
    group.mutate.map((path) => basename(path, '.ts')),
  );
  console.error(
    `"${argument}" is not a group or module. Groups: ${Object.keys(groups).join(', ')}. Modules: ${modules.join(', ')}.`,
  );
  process.exit(2);
}

function clean(): void {
  rmSync('.stryker-tmp', { recursive: true, force: true });
  rmSync('reports', { recursive: true, force: true });
}

let failed = false;
try {
  for (const { name, group } of select(process.argv[2])) {
    console.log(`\nMutating ${name} (${group.promise}): ${group.mutate.join(', ')}`);
    const reportFile = `reports/mutation/${name}.json`;
    rmSync(reportFile, { force: true });
    const started = Date.now();
    const run = spawnSync(process.execPath, [STRYKER, 'run', 'stryker.config.mjs'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATE_GROUP: name,
        MUTATE_FILES: group.mutate.join(','),
        MUTATE_TESTS: group.tests.join(','),
      },
    });
    if (run.status !== 0) {
      console.error(
        `Stryker stopped on ${name} (exit ${run.status ?? run.signal}); its result is not recorded.`,
      );
      failed = true;
      continue;
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const seconds = Math.round((Date.now() - started) / 1000);
    const results = summarise(
      report,
      name,
      describeMachine(),
      seconds,
      new Date(),
      readJson<Results>(RESULTS_FILE, {}),
    );
    writeJson(RESULTS_FILE, results);
    writeReport();
  }
} finally {
  clean();
}
console.log(`\nScores per module: ${REPORT_FILE}`);
process.exit(failed ? 1 : 0);
