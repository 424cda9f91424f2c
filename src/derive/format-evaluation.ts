import type { Evaluation } from './evaluate.ts';
import type { Score } from './score.ts';

/** What drafting should reach on news it was not written against. */
export const targets = {
  exactF1: 0.95,
  exactPrecision: 0.97,
  speakers: 0.92,
  peopleRecall: 0.95,
  peoplePrecision: 0.9,
  msPerArticle: 50,
} as const;

const num = (value: number | null) => (value === null ? '   –' : value.toFixed(2).padStart(4));

/**
 * One target's line. A figure that misses by less than the rounding shows a third decimal:
 * "0.92 (target ≥ 0.92)" marked missed reads as a mistake; 0.919 does not.
 */
export function targetLine(name: string, value: number | null, target: number, below = false) {
  const met = value !== null && (below ? value < target : value >= target);
  let shown = value === null ? '–' : below ? `${value.toFixed(1)} ms` : value.toFixed(2);
  if (value !== null && !met && !below && shown === target.toFixed(2)) shown = value.toFixed(3);
  const bound = below ? `< ${target} ms` : `≥ ${target.toFixed(2)}`;
  return { name, met, text: `${met ? 'met   ' : 'MISSED'}  ${name} ${shown} (target ${bound})` };
}

/** Each target with the figure measured and whether it is met. */
export function checkTargets(
  evaluation: Evaluation,
): { name: string; met: boolean; text: string }[] {
  const t = evaluation.total;
  const at = targetLine;
  return [
    at('exact quote F1', t.exact.f1, targets.exactF1),
    at('exact quote precision', t.exact.precision, targets.exactPrecision),
    at('speaker accuracy', t.speakers.value, targets.speakers),
    at('people recall', t.people.recall, targets.peopleRecall),
    at('people precision', t.people.precision, targets.peoplePrecision),
    at('mean time per article', evaluation.msPerArticle, targets.msPerArticle, true),
  ];
}

/** The evaluation as a table: one line per article, then the total and the targets. */
export function formatEvaluation(evaluation: Evaluation): string {
  const width = Math.max(5, ...evaluation.files.map((f) => f.name.length));
  const header = `${'file'.padEnd(width)}  quotes  exact P    R   F1  overlap F1  speakers  people P    R  orgs P    R  headline     ms`;
  const line = (name: string, s: Score, ms: number) =>
    [
      name.padEnd(width),
      `${s.exact.matched}/${s.exact.expected}`.padStart(6),
      ` ${num(s.exact.precision)}    ${num(s.exact.recall)} ${num(s.exact.f1)}`,
      `       ${num(s.overlap.f1)}`,
      `     ${num(s.speakers.value)}`,
      `    ${num(s.people.precision)} ${num(s.people.recall)}`,
      `  ${num(s.organisations.precision)} ${num(s.organisations.recall)}`,
      `${s.headline.matched}/${s.headline.expected}`.padStart(8),
      ms.toFixed(1).padStart(6),
    ].join('  ');
  return [
    header,
    ...evaluation.files.map((f) => line(f.name, f.score, f.ms)),
    line('total', evaluation.total, evaluation.msPerArticle),
    '',
    'quotes: exact matches / quotes in the keys, headline quotes apart; speakers: right speaker',
    'among quotes matched at token overlap ≥ 0.8, titles stripped; people and orgs: precision over',
    'the draft’s list, recall over the key’s; headline: headline quotes found exactly / in the',
    'keys; ms: mean time to draft.',
    '',
    'targets:',
    ...checkTargets(evaluation).map((c) => `  ${c.text}`),
  ].join('\n');
}
