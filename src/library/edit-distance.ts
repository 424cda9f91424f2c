// Two rows of the edit-distance table, reused: a loose search compares the word with every
// word of similar length in the index.
let rows = [new Int32Array(32), new Int32Array(32)] as const;

/** Levenshtein distance of a and b if it is at most `max`, else undefined. */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  if (max === 1) return withinOneEdit(a, b);
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

/**
 * The distance of two words at most one edit apart (0 or 1), else undefined, in one pass: past
 * their common start, the rest must be equal once one letter is replaced, dropped or added. A
 * loose search (which allows one typo) compares a misspelt word with the thousands of indexed
 * words that start with its letter, and filling the table for each was most of that search.
 */
function withinOneEdit(a: string, b: string): 0 | 1 | undefined {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return 0;
  const skipA = a.length >= b.length ? 1 : 0;
  const skipB = b.length >= a.length ? 1 : 0;
  return sameFrom(a, i + skipA, b, i + skipB) ? 1 : undefined;
}

/** Whether a from `i` and b from `j` are the same text. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
