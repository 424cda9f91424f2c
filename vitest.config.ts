import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Most test files wait on sockets, child processes and timers rather than on the CPU, and the
    // default (one worker fewer than the cores) is a single worker on a 2-core machine. Three
    // workers there took the suite from 491 s to 255 s of wall time (6 December 2026), all passing.
    maxWorkers: Math.max(3, availableParallelism() - 1),
  },
});
