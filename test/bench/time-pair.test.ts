import { describe, expect, it } from 'vitest';
import { cyclesInBudget, timePair } from '../../bench/stats.ts';

// How the bench shares its time between Briefbot and a baseline; the samples' timings are never
// checked, only how many each side gets.
const plan = { runs: 3000, runsB: 300, budgetMs: 8000, minRuns: 100, warmup: 10 };

describe('cyclesInBudget', () => {
  it('gives a quick baseline every run it asks for', () => {
    expect(cyclesInBudget(plan, 10)).toBe(300);
  });

  it('gives a baseline that cannot finish its runs as many as fit in the budget', () => {
    expect(cyclesInBudget(plan, 40)).toBe(200);
  });

  it('stretches the budget to the minimum runs for a slow baseline, up to five budgets', () => {
    expect(cyclesInBudget(plan, 200)).toBe(100);
    expect(cyclesInBudget(plan, 1500)).toBe(26);
  });

  it('gives at least one cycle, and every run when the warm-up timed nothing', () => {
    expect(cyclesInBudget(plan, 100_000)).toBe(1);
    expect(cyclesInBudget(plan, 0)).toBe(300);
  });
});

describe('timePair', () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('spreads the quick side over the cycles a slow baseline has time for', async () => {
    const samples = await timePair(
      { runs: 200, runsB: 100, budgetMs: 40, minRuns: 4, warmup: 1 },
      () => undefined,
      () => busy(10),
    );
    // Four cycles fit in the budget: without spreading, the quick side got two samples in each.
    expect(samples.b.length).toBeGreaterThanOrEqual(4);
    expect(samples.b.length).toBeLessThan(10);
    expect(samples.a.length).toBe(200);
  });

  it('turns the event loop between two calls of the side being timed', async () => {
    let turns = 0;
    let calls = 0;
    const ticking = setInterval(() => turns++, 0);
    let turnsBetween = 0;
    try {
      await timePair(
        { runs: 20, runsB: 2, budgetMs: 1000, minRuns: 2, warmup: 1 },
        () => {
          if (calls++ > 0 && turns > 0) turnsBetween++;
          turns = 0;
          busy(1);
        },
        () => undefined,
      );
    } finally {
      clearInterval(ticking);
    }
    expect(turnsBetween).toBeGreaterThan(10);
  });
});
