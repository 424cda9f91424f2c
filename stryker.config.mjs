// Mutation testing (`npm run mutate`). The group to run comes from scripts/mutate.ts through the
// environment, so one config serves every group and a single module; see docs/mutation-testing.md.
const group = process.env.MUTATE_GROUP ?? 'all';
const files = (process.env.MUTATE_FILES ?? '').split(',').filter(Boolean);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './mutation/ignore-logging.mjs'],
  ignorers: ['logging'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // Only the tests that cover a mutant run against it: the difference between hours and minutes.
  coverageAnalysis: 'perTest',
  // Stryker rewrites the paths in a tsconfig's `extends` and references through TypeScript's JS
  // API, which the native TypeScript 7 compiler does not have; ours has neither, so it is skipped
  // by pointing at a file that does not exist.
  tsconfigFile: 'mutation/no-tsconfig-rewrite.json',
  mutate: files,
  // Two cores are shared with other people's test runs.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // A mutant that loops for ever costs this much on top of its tests' own time (scaled by the
  // factor): enough for a busy machine, short enough that a few dozen loops do not take an hour.
  timeoutMS: 5_000,
  timeoutFactor: 1.5,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${group}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Nothing from the sandbox or its reports may look like a project file to git or Biome.
  ignorePatterns: ['.stryker-tmp', 'reports', 'bench/results', 'soak/results', 'data', 'coverage'],
  thresholds: { high: 90, low: 85, break: null },
};
