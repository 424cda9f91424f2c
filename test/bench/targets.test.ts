import { describe, expect, it } from 'vitest';
import type { QueryRow } from '../../bench/core-queries.ts';
import { checkTargets, type Figures } from '../../bench/targets.ts';

const row = (size: number, query: string, medianMs: number, p99Ms: number): QueryRow => ({
  size,
  query,
  briefbot: { runs: 3000, medianMs, p99Ms },
  baseline: { runs: 100, medianMs: 100, p99Ms: 200 },
  speedup: 100 / medianMs,
  speedupP99: 200 / p99Ms,
  answered: true,
});

const figures = (core: QueryRow[]): Figures => ({
  core,
  e2e: [],
  fanout: [],
  startup: [],
  instances: [],
});

describe('the core targets at 100,000', () => {
  const judged = (core: QueryRow[], target: string) =>
    checkTargets(figures(core)).find((check) => check.target === target);

  it('judges the medians on the slowest query kind', () => {
    const medians = 'Core median under 2 ms at 100,000';
    expect(
      judged([row(100_000, '/brief', 0.02, 0.4), row(100_000, '/search', 1.6, 4.4)], medians),
    ).toEqual({ target: medians, value: 1.6, unit: 'ms', met: true });
    expect(
      judged([row(100_000, '/brief', 0.02, 0.4), row(100_000, '/search', 2.7, 5.7)], medians),
    ).toMatchObject({ value: 2.7, met: false });
  });

  it('leaves the medians unjudged when 100,000 was not run', () => {
    expect(judged([row(10_000, '/search', 3, 4)], 'Core median under 2 ms at 100,000')).toBe(
      undefined,
    );
  });

  it('judges the p99s on the slowest query kind', () => {
    const p99s = 'Core p99 under 10 ms at 100,000';
    expect(
      judged([row(100_000, '/who', 0.2, 10.5), row(100_000, '/search', 1, 4)], p99s),
    ).toMatchObject({ value: 10.5, met: false });
  });
});
