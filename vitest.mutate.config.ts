import { defineConfig } from 'vitest/config';

/**
 * The test run for mutation testing: only the tests of the group being mutated (from
 * MUTATE_TESTS, set by scripts/mutate.ts), so each mutant is not run against the whole suite.
 */
const tests = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: tests.length > 0 ? tests : ['test/**/*.test.ts'],
    // As in the main run: each run's temporary files in a folder of its own, removed at the end.
    globalSetup: ['test/temp-root.ts'],
    // Exact tests kill most mutants; a property needs only enough cases to reach every branch,
    // and with hundreds per mutant a run would take hours.
    exclude: ['test/adapters/*/*.property.test.ts'],
    env: { FUZZ_RUNS: '20' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
