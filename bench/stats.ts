/** Timing helpers for the benchmark: medians and tail percentiles, not means, on a noisy machine. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Summary {
  runs: number;
  medianMs: number;
  p99Ms: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: round(percentile(sorted, 50), 4),
    p99Ms: round(percentile(sorted, 99), 4),
  };
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** `a / b` rounded, or NaN when `b` is 0 (JSON writes it as null). */
export const ratio = (a: number, b: number, digits = 2) =>
  b === 0 ? Number.NaN : round(a / b, digits);

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** One timed call of `fn`, in ms. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return elapsedMs(start);
}

export interface PairPlan {
  /** Samples wanted of the first function. */
  runs: number;
  /** Samples wanted of the second (a slow baseline gets fewer). */
  runsB: number;
  /** Past this, sampling stops as soon as each side has `minRuns`. */
  budgetMs: number;
  minRuns: number;
  /** Untimed calls of each first, so that lazy work and JIT warm-up are not counted. */
  warmup: number;
}

/**
 * Times two functions answering the same inputs side by side, interleaved so that both see the
 * same background load: a burst of noise on a shared machine lands on both, and their ratio
 * holds. Each cycle is one call of `b` and up to `runs / runsB` calls of `a`, fewer when `a` is
 * the slower, so that neither side takes the whole time budget.
 */
export async function timePair(
  plan: PairPlan,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
): Promise<{ a: number[]; b: number[] }> {
  let warmA = 0;
  let warmB = 0;
  for (let i = 0; i < plan.warmup; i++) {
    warmA += await timeOnce(() => a(i));
    warmB += await timeOnce(() => b(i));
  }
  const perCycle = Math.max(
    1,
    Math.min(Math.ceil(plan.runs / plan.runsB), Math.round(warmB / Math.max(warmA, 1e-6))),
  );
  const started = process.hrtime.bigint();
  const samples = { a: [] as number[], b: [] as number[] };
  for (let i = 0; ; i++) {
    for (let n = 0; n < perCycle && samples.a.length < plan.runs; n++)
      samples.a.push(await timeOnce(() => a(i * perCycle + n)));
    if (samples.b.length < plan.runsB) samples.b.push(await timeOnce(() => b(i)));
    if (samples.a.length >= plan.runs && samples.b.length >= plan.runsB) break;
    const spent = elapsedMs(started);
    const enough = samples.a.length >= plan.minRuns && samples.b.length >= plan.minRuns;
    if ((spent > plan.budgetMs && enough) || spent > plan.budgetMs * 5) break;
  }
  return samples;
}
