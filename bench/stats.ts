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

/** One turn of the event loop, as a bot gets between two requests that arrive over the network. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Times two functions answering the same inputs side by side, interleaved so that both see the
 * same background load: a burst of noise on a shared machine lands on both, and their ratio
 * holds. Each cycle is one call of `b` and several calls of `a`: as many as spread `a`'s `runs`
 * over the cycles that `b` has time for, but never more than `b` takes time for, so that neither
 * side takes the whole budget. Spread over `runsB` cycles, a baseline a thousand times slower
 * left `a` about 200 samples at 100,000 briefings, whose p99 was their second slowest: one of the
 * first searches after the start, timed while the code was still being compiled.
 *
 * The event loop turns after each call of `a`, untimed, as it does between two requests to the
 * bot; work the library leaves for then (ordering a word's scores) is done there, as it is in
 * the bot, not in the next request.
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
    await nextTurn();
    warmB += await timeOnce(() => b(i));
  }
  const cycles = cyclesInBudget(plan, warmB / Math.max(plan.warmup, 1));
  const perCycle = Math.max(
    1,
    Math.min(Math.ceil(plan.runs / cycles), Math.round(warmB / Math.max(warmA, 1e-6))),
  );
  const started = process.hrtime.bigint();
  const samples = { a: [] as number[], b: [] as number[] };
  for (let i = 0; ; i++) {
    for (let n = 0; n < perCycle && samples.a.length < plan.runs; n++) {
      samples.a.push(await timeOnce(() => a(i * perCycle + n)));
      await nextTurn();
    }
    if (samples.b.length < plan.runsB) samples.b.push(await timeOnce(() => b(i)));
    if (samples.a.length >= plan.runs && samples.b.length >= plan.runsB) break;
    const spent = elapsedMs(started);
    const enough = samples.a.length >= plan.minRuns && samples.b.length >= plan.minRuns;
    if ((spent > plan.budgetMs && enough) || spent > plan.budgetMs * LONGEST) break;
  }
  return samples;
}

/** Past `budgetMs` times this, sampling stops whatever each side has. */
const LONGEST = 5;

/**
 * The cycles `b` will complete, one call each: `runsB`, or fewer when its calls (`bMs` each, as
 * in the warm-up) would not fit in the budget, stretched for `minRuns` as the loop stretches it.
 */
export function cyclesInBudget(plan: PairPlan, bMs: number): number {
  if (!(bMs > 0)) return plan.runsB;
  const inBudget = Math.floor(plan.budgetMs / bMs);
  const fits =
    inBudget >= plan.minRuns
      ? inBudget
      : Math.min(plan.minRuns, Math.floor((plan.budgetMs * LONGEST) / bMs));
  return Math.max(1, Math.min(plan.runsB, fits));
}
