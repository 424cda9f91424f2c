import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table } from '../bench/report.ts';
import {
  EQUIVALENTS_FILE,
  type Equivalent,
  equivalenceOf,
  formatFile,
  type ModuleResult,
  RESULTS_FILE,
  type Results,
  readJson,
  score,
} from './mutation-results.ts';

export const REPORT_FILE = 'docs/mutation-testing.md';
/** The share of mutants the tests must kill in every module listed. */
export const TARGET = 85;

const INTRO = `# Mutation testing

A mutation run changes the code in small ways (a \`>=\` becomes \`>\`, a condition becomes \`true\`,
a string becomes empty) and runs the tests against each change, one at a time. A change that no
test notices is a promise the green suite makes without checking. The modules listed here carry
the product's promises; the target is at least ${TARGET}% of mutants killed in each.

\`\`\`sh
npm run mutate                       # every group below, one after another (about an hour on 2 cores)
npm run mutate -- renderers          # one group
npm run mutate -- embed-packer       # one module (its file name, or its path under src/)
npm run mutate:report                # rewrite this page from mutation/results.json
\`\`\`

Runs use Stryker with the vitest runner and per-test coverage, so each mutant runs only the tests
that reach it, with at most two at once (\`MUTATE_CONCURRENCY\` changes that). The groups, their
modules and the tests they run are in \`mutation/groups.json\`: each group's exact and unit tests.
Property tests (\`*.property.test.ts\`, or 20 cases where kept) and tests that start the whole
bot against fake platforms are left out, because at hundreds of cases per mutant a run would take
hours on two cores; only the request checks keep their Bolt tests, since signatures and replays
are only reachable through Bolt. A mutant the left-out tests would catch counts here as surviving,
so the scores understate the suite. A run records each module's result
in \`mutation/results.json\` and rewrites this page; Stryker's sandbox (\`.stryker-tmp/\`) and raw
reports (\`reports/\`) are deleted afterwards. It does not run in CI: it takes too long.

Mutants inside log calls (\`log.info(…)\` and the like) are left out of the score by an ignorer
(\`mutation/ignore-logging.mjs\`): they change only what people read in the logs.

The request checks mutate the replay memory, DM detection and the channel-access rule. Slack's
signature and timestamp check is Bolt's, configured with the signing secret when the Slack adapter
starts; mutating that start-up module would start Bolt for every request test and every mutant
(hours), so it is covered by \`test/adapters/slack/signatures.test.ts\` and
\`test/security/slack-request-forgery.test.ts\` instead, and by the deliberate bug below.
Discord's Manage Channels check (\`interaction-input.ts\`) is reached only through whole-bot tests
and is not mutated.

## Deliberate bugs the suite must catch

Each of these, put into the code by hand, fails \`npm test\`:

| Behaviour | Deliberate bug | Caught by |
| --- | --- | --- |
| Slack signature check | \`signatureVerification: false\` | \`test/adapters/slack/signatures.test.ts\` |
| \`allowed_mentions\` on Discord digests | field removed in \`sendToChannel\` | \`test/security/no-pings.test.ts\` |
| DST next run | time zone dropped from \`nextRun\` | \`test/digests/schedule.test.ts\` |
| "what did X say" | routed to \`who\` | \`test/core/parse-text.test.ts\` |
| validate's line numbers | cross-file locator off by one | \`test/content/problem-positions.test.ts\` |
| digest claim before send | a failed claim falls back to the existing delivery | \`test/digests/digest-scheduler.test.ts\` ("by its claim alone", against a platform that posts every repeat) |
| quote kind labels | partial quotes labelled "direct quote" | the exact-output tests in \`test/adapters/*/render-*.test.ts\` |
| Discord embed limit | \`>= MAX_EMBEDS\` → \`>\` | \`test/adapters/render-limits.test.ts\` |
| Slack section limit | \`SECTION_TEXT_MAX\` 3000 → 4000 | \`test/adapters/render-limits.test.ts\` (limits written in \`test/helpers/render-limits.ts\`) |
| validate's locator | points at the top-level field only | \`test/content/problem-positions.test.ts\` |

A surviving mutant is either a gap, closed by a new test, or equivalent: listed in
\`mutation/equivalent-mutants.json\` with one line on why no test can tell it apart from the real
code. The list at the end marks each survivor of a module's latest run as equivalent or
**unexplained**. Each module's figures are from its latest run (time in UTC): tests written after
that run from its survivors count only once the module is run again.
`;

function percent(value: number): string {
  return `${value.toFixed(1)}%`;
}

function moduleRows(results: Results): (string | number)[][] {
  return Object.entries(results)
    .sort(([a, ra], [b, rb]) => ra.group.localeCompare(rb.group) || a.localeCompare(b))
    .map(([file, r]) => [
      r.group,
      `\`${file}\``,
      r.killed + r.timeout + r.survived + r.noCoverage,
      r.killed + r.timeout,
      r.survived,
      r.noCoverage,
      percent(score(r)),
      score(r) >= TARGET ? 'met' : 'not met',
      r.date.replace('T', ' ').slice(0, 16),
    ]);
}

function groupRows(results: Results): (string | number)[][] {
  const groups = new Map<string, ModuleResult[]>();
  for (const r of Object.values(results)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups].map(([group, list]) => {
    const sum = (pick: (r: ModuleResult) => number) => list.reduce((t, r) => t + pick(r), 0);
    const total: ModuleResult = {
      ...(list[0] as ModuleResult),
      killed: sum((r) => r.killed),
      timeout: sum((r) => r.timeout),
      survived: sum((r) => r.survived),
      noCoverage: sum((r) => r.noCoverage),
    };
    const latest = list.reduce((a, b) => (a.date > b.date ? a : b));
    const machine = latest.machine;
    return [
      group,
      percent(score(total)),
      `${Math.round(latest.durationSeconds / 60)} min`,
      latest.date.replace('T', ' ').slice(0, 16),
      `${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node.replace(/^v/, '')}, load ${machine.loadAverage.join(' / ')}`,
    ];
  });
}

function survivorLines(results: Results, equivalents: readonly Equivalent[]): string[] {
  const lines: string[] = [];
  for (const [file, r] of Object.entries(results).sort(([a], [b]) => a.localeCompare(b))) {
    for (const s of r.survivors) {
      const known = equivalenceOf(equivalents, file, s);
      const change = `\`${s.original.replace(/`/g, "'")}\` → \`${s.replacement.replace(/`/g, "'") || '(removed)'}\``;
      const note = known ? `equivalent: ${known.why}` : `**unexplained** (${s.status})`;
      lines.push(`- \`${file}:${s.line}:${s.column}\` ${s.mutator}: ${change}. ${note}`);
    }
  }
  return lines;
}

/** The docs page for the kept results. */
export function renderReport(results: Results, equivalents: readonly Equivalent[]): string {
  const survivors = survivorLines(results, equivalents);
  return [
    INTRO,
    '## Score per module',
    '',
    table(
      ['Group', 'Module', 'Mutants', 'Killed', 'Survived', 'No test', 'Score', 'Target', 'Run on'],
      moduleRows(results),
    ),
    '',
    '## Runs',
    '',
    table(['Group', 'Score', 'Took', 'Date (UTC)', 'Machine (shared)'], groupRows(results)),
    '',
    '## Surviving mutants',
    '',
    ...(survivors.length > 0 ? survivors : ['None.']),
    '',
  ].join('\n');
}

export function writeReport(): void {
  const results = readJson<Results>(RESULTS_FILE, {});
  const equivalents = readJson<Equivalent[]>(EQUIVALENTS_FILE, []);
  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  writeFileSync(REPORT_FILE, renderReport(results, equivalents));
  formatFile(REPORT_FILE);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeReport();
