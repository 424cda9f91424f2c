import type { AnswerKey, Extracted } from './answer-key.ts';
import { sameName } from './score-names.ts';

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
  /** People named in the draft against those in the key (precision counts the draft's). */
  people: Prf;
  organisations: Prf;
  /** Quotes printed in the headline, matched exactly, kept apart from the story's quotes. */
  headline: Prf;
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
 * Whether a found speaker is the key's: the same name once titles and honorifics are stripped, that
 * person's surname, or an organisation's acronym. `found` may list every name the draft gives the
 * speaker ("Lund and Aas", "Ingrid Lund and Per Aas"), and for an unnamed speaker the organisation
 * they speak for.
 */
export function sameSpeaker(found: string | readonly string[], expected: string): boolean {
  return sameName(found, expected);
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

/**
 * Names in the draft against names in the key: a key name is found when any draft entry names it
 * (name or alias, titles stripped); a draft entry is right when it names someone in the key.
 */
function names(expected: readonly string[], found: readonly string[][]): Prf {
  const recalled = expected.filter((name) => found.some((forms) => sameName(forms, name))).length;
  const right = found.filter((forms) => expected.some((name) => sameName(forms, name))).length;
  const precision = found.length === 0 ? 1 : right / found.length;
  const recall = expected.length === 0 ? 1 : recalled / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    matched: recalled,
    found: found.length,
    expected: expected.length,
    precision,
    recall,
    f1,
  };
}

/** Counts that add up across articles: right draft entries are kept apart from recalled keys. */
const rightOf = (p: Prf) => Math.round(p.precision * p.found);

/** Scores one article's extraction against its answer key. */
export function scoreArticle(found: Extracted, key: AnswerKey): Score {
  const body = found.quotes.filter((q) => !q.headline);
  const keyBody = key.quotes.filter((q) => !q.headline);
  const foundQuotes = body.map((q) => q.quote);
  const expectedQuotes = keyBody.map((q) => q.quote);
  const exact = matchQuotes(foundQuotes, expectedQuotes, 'exact');
  const overlap = matchQuotes(foundQuotes, expectedQuotes, 'overlap');
  const correct = overlap.filter(([i, j]) => {
    const quote = body[i];
    return sameSpeaker(quote ? [quote.speaker, ...quote.aliases] : [], keyBody[j]?.speaker ?? '');
  }).length;
  const foundHeadline = found.quotes.filter((q) => q.headline).map((q) => q.quote);
  const keyHeadline = key.quotes.filter((q) => q.headline).map((q) => q.quote);
  return {
    exact: prf(exact.length, foundQuotes.length, expectedQuotes.length),
    overlap: prf(overlap.length, foundQuotes.length, expectedQuotes.length),
    speakers: ratio(correct, overlap.length),
    people: names(key.people, found.people),
    organisations: names(key.organizations, found.organizations),
    headline: prf(
      matchQuotes(foundHeadline, keyHeadline, 'exact').length,
      foundHeadline.length,
      keyHeadline.length,
    ),
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
  const counts = (pick: (s: Score) => Prf) =>
    prf(
      sum((s) => pick(s).matched),
      sum((s) => pick(s).found),
      sum((s) => pick(s).expected),
    );
  /** Names: precision from the draft entries that were right, recall from the keys recalled. */
  const namesTotal = (pick: (s: Score) => Prf): Prf => {
    const found = sum((s) => pick(s).found);
    const expected = sum((s) => pick(s).expected);
    const precision = found === 0 ? 1 : sum((s) => rightOf(pick(s))) / found;
    const recall = expected === 0 ? 1 : sum((s) => pick(s).matched) / expected;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { matched: sum((s) => pick(s).matched), found, expected, precision, recall, f1 };
  };
  return {
    exact: counts((s) => s.exact),
    overlap: counts((s) => s.overlap),
    speakers: total((s) => s.speakers),
    people: namesTotal((s) => s.people),
    organisations: namesTotal((s) => s.organisations),
    headline: counts((s) => s.headline),
  };
}
