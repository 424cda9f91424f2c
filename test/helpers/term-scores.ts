import { lengthNorms } from '../../src/library/bm25-formula.ts';
import { type TermScores, termScores } from '../../src/library/term-scores.ts';

/**
 * A word's kept scores made straight from per-document scores (0: the word is not there): a
 * posting for each document holding it marks which do, and the scores are then set as given.
 */
export function scoredTerm(values: number[]): TermScores {
  const pairs = values.flatMap((value, doc) => (value > 0 ? [doc, 1] : []));
  const term = termScores(values.length, [
    {
      pairs,
      size: pairs.length / 2,
      scale: 1,
      norms: lengthNorms(
        values.map(() => 1),
        values.length,
        1,
      ),
    },
  ]);
  term.scores.set(values);
  return term;
}
