import { round, type Summary, summarize } from './stats.ts';

/**
 * One interaction, start to answer: resolves with the latency in ms as the platform would see it,
 * rejects when the answer is wrong or never comes within the platform's 3 s.
 */
export type Ask = () => Promise<number>;

/** Platforms kill an interaction that is not answered within 3 s. */
export const ANSWER_WITHIN_MS = 3000;

/** Rejects after `ms`, so a lost answer counts as an error instead of hanging the run. */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface Latency extends Summary {
  /** Interactions that failed or went unanswered within 3 s (not in the timings). */
  errors: number;
}

/**
 * Latency of several ways of answering, one interaction at a time, taking turns so that every
 * side sees the same background load.
 */
export async function compareLatency<Name extends string>(
  sides: Record<Name, Ask>,
  runs: number,
  warmup: number,
): Promise<Record<Name, Latency>> {
  const names = Object.keys(sides) as Name[];
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  const errors = new Map<Name, number>(names.map((name) => [name, 0]));
  for (let i = -warmup; i < runs; i++) {
    for (const name of names) {
      try {
        const ms = await sides[name]();
        if (i >= 0) samples.get(name)?.push(ms);
      } catch {
        if (i >= 0) errors.set(name, (errors.get(name) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { ...summarize(samples.get(name) ?? []), errors: errors.get(name) ?? 0 },
    ]),
  ) as Record<Name, Latency>;
}

export interface Throughput {
  concurrency: number;
  seconds: number;
  answered: number;
  /** Failed or unanswered within 3 s. */
  errors: number;
  perSecond: number;
  /** Latency under that load. */
  latency: Summary;
}

/**
 * Sustained load on one process: `concurrency` interactions kept in flight for `durationMs`, each
 * followed at once by the next. Counts the answered ones per second, and the errors.
 */
export async function sustain(
  ask: Ask,
  concurrency: number,
  durationMs: number,
): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        latencies.push(await ask());
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrency,
    seconds: round(seconds, 1),
    answered: latencies.length,
    errors,
    perSecond: round(latencies.length / seconds, 0),
    latency: summarize(latencies),
  };
}
