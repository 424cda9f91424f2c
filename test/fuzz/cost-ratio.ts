/**
 * How the cost of reading text grows with its length, measured as a ratio of two timings taken
 * in the same run, never against a fixed time: one text of `small × factor` characters against
 * `factor` texts of `small` characters of the same shape. The two read the same number of
 * characters, so linear work gives a ratio near 1 and quadratic work one near `factor`.
 */
export function costRatio(
  shape: (length: number) => string,
  read: (text: string) => unknown,
  options: { small?: number; factor?: number; trials?: number; enough?: number } = {},
): number {
  const { small = 1_000, factor = 100, trials = 5, enough = 3 } = options;
  const smallText = sized(shape, small);
  const largeText = sized(shape, small * factor);
  const readSmall = () => {
    for (let i = 0; i < factor; i++) read(smallText);
  };
  // Warm up the compiler on both lengths before timing either.
  readSmall();
  read(sized(shape, small * 2));
  const baseline = fastest(readSmall, trials);
  // The fastest run is the one least disturbed by collection and by other processes; a run
  // already within `enough` settles it, which keeps a fast machine's test short.
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < trials; trial++) {
    best = Math.min(
      best,
      time(() => read(largeText)),
    );
    if (best / baseline <= enough) break;
  }
  return best / Math.max(baseline, 1e-3);
}

/** The shape's text at `length` characters (a shape may give a few more). */
function sized(shape: (length: number) => string, length: number): string {
  return shape(length);
}

/** A shape made of a start, a unit repeated to fill the length, and an end kept whole. */
export function repeated(start: string, unit: string, end: string): (length: number) => string {
  return (length) => {
    const fill = Math.max(unit.length, length - start.length - end.length);
    return start + unit.repeat(Math.ceil(fill / unit.length)).slice(0, fill) + end;
  };
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function fastest(work: () => void, trials: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < trials; trial++) best = Math.min(best, time(work));
  return best;
}
