import { normalizeName } from '../content/normalize.ts';
import type { AnswerKey, Extracted } from './answer-key.ts';

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  matched: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A share of things counted right. */
export interface Ratio {
  correct: number;
  total: number;
  /** `correct / total`, or null when there is nothing to count. */
  value: number | null;
}

/** How well one article's draft, or many added up, matches the answer keys. */
export interface Score {
  exact: Prf;
  overlap: Prf;
  /** Over the quotes matched at token overlap ≥ 0.8 (which include every exact match). */
  speakers: Ratio;
  people: Ratio;
  organisations: Ratio;
}

/** The token overlap at which two quotes count as the same in the lenient match. */
export const OVERLAP = 0.8;

/**
 * A quote as the scorer compares it: curly and straight marks alike, spacing squashed, no case,
 * and no trailing `,.;:` (which house styles put inside or outside the marks).
 */
export function normaliseQuote(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s,.;:]+$/u, '');
}

const tokens = (text: string) => normaliseQuote(text).match(/[\p{L}\p{N}']+/gu) ?? [];

/** Token overlap of two quotes: twice the shared words over all words (the Dice coefficient). */
export function tokenOverlap(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length + right.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const t of right) pool.set(t, (pool.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of left) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(t, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Pairs of (found index, expected index), one to one, best overlap first. */
export function matchQuotes(
  found: readonly string[],
  expected: readonly string[],
  mode: 'exact' | 'overlap',
): [number, number][] {
  const candidates: [number, number, number][] = [];
  found.forEach((f, i) => {
    expected.forEach((e, j) => {
      const score =
        mode === 'exact' ? (normaliseQuote(f) === normaliseQuote(e) ? 1 : 0) : tokenOverlap(f, e);
      if ((mode === 'exact' && score === 1) || (mode === 'overlap' && score >= OVERLAP))
        candidates.push([score, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[2] - b[2] || a[1] - b[1]);
  const usedFound = new Set<number>();
  const usedExpected = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedFound.has(i) || usedExpected.has(j)) continue;
    usedFound.add(i);
    usedExpected.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[1] - b[1]);
}

/**
 * Whether a found speaker is the key's: the same name, or that person's surname. `found` may list
 * every name the draft gives the speaker ("Lund and Aas", "Ingrid Lund and Per Aas").
 */
export function sameSpeaker(found: string | readonly string[], expected: string): boolean {
  const e = normalizeName(expected);
  const surname = e.split(' ').at(-1);
  return (typeof found === 'string' ? [found] : found).some((name) => {
    const f = normalizeName(name);
    return f === e || (f !== '' && f === surname);
  });
}

/** P, R and F1 from counts; with nothing found precision is 1, with nothing expected recall is 1. */
export function prf(matched: number, found: number, expected: number): Prf {
  const precision = found === 0 ? 1 : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, found, expected, precision, recall, f1 };
}

const ratio = (correct: number, total: number): Ratio => ({
  correct,
  total,
  value: total === 0 ? null : correct / total,
});

/** Names found count for a key's name when the name or one of its aliases is the same. */
function recall(expected: readonly string[], found: readonly string[][]): Ratio {
  const known = new Set(found.flat().map(normalizeName));
  return ratio(expected.filter((name) => known.has(normalizeName(name))).length, expected.length);
}

/** Scores one article's extraction against its answer key. */
export function scoreArticle(found: Extracted, key: AnswerKey): Score {
  const foundQuotes = found.quotes.map((q) => q.quote);
  const expectedQuotes = key.quotes.map((q) => q.quote);
  const exact = matchQuotes(foundQuotes, expectedQuotes, 'exact');
  const overlap = matchQuotes(foundQuotes, expectedQuotes, 'overlap');
  const correct = overlap.filter(([i, j]) => {
    const quote = found.quotes[i];
    return sameSpeaker(
      quote ? [quote.speaker, ...quote.aliases] : [],
      key.quotes[j]?.speaker ?? '',
    );
  }).length;
  return {
    exact: prf(exact.length, foundQuotes.length, expectedQuotes.length),
    overlap: prf(overlap.length, foundQuotes.length, expectedQuotes.length),
    speakers: ratio(correct, overlap.length),
    people: recall(key.people, found.people),
    organisations: recall(key.organizations, found.organizations),
  };
}

/** Adds up scores over many articles (micro-average: counts first, then ratios). */
export function totalScore(scores: readonly Score[]): Score {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const total = (pick: (s: Score) => Ratio) =>
    ratio(
      sum((s) => pick(s).correct),
      sum((s) => pick(s).total),
    );
  return {
    exact: prf(
      sum((s) => s.exact.matched),
      sum((s) => s.exact.found),
      sum((s) => s.exact.expected),
    ),
    overlap: prf(
      sum((s) => s.overlap.matched),
      sum((s) => s.overlap.found),
      sum((s) => s.overlap.expected),
    ),
    speakers: total((s) => s.speakers),
    people: total((s) => s.people),
    organisations: total((s) => s.organisations),
  };
}
