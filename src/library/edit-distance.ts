// Two rows of the edit-distance table, reused: a loose search compares the word with every
// word of similar length in the index.
let rows = [new Int32Array(32), new Int32Array(32)] as const;

/** Levenshtein distance of a and b if it is at most `max`, else undefined. */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  if (rows[0].length <= b.length)
    rows = [new Int32Array(b.length * 2), new Int32Array(b.length * 2)];
  let [previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row[j] = value;
      if (value < best) best = value;
    }
    // Every path onwards goes through this row, so none can come back under the bound.
    if (best > max) return undefined;
    [previous, row] = [row, previous];
  }
  const distance = previous[b.length] as number;
  return distance <= max ? distance : undefined;
}
