import { typedText } from '../src/adapters/slack/incoming-text.ts';
import { registry } from '../src/core/commands/index.ts';
import { matchRule, parseText, plainWords } from '../src/core/parse-text.ts';
import { createLibrary } from '../src/library/create-library.ts';

/**
 * `npx tsx bench/text-cost.ts`: what reading hostile text costs, per shape, beside the regular
 * expressions it replaced, timed in the same run. For each shape: one text of 100 KB against
 * 100 texts of 1 KB (the same characters), as a ratio: about 1 when the cost per character is
 * flat, about 100 when it grows with the length. Prints a Markdown table.
 */

/** The text cleaning as it was, kept here only as the baseline. */
const oldPlain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.\s]+$/, '')
    .replace(/^(?:(?:hey|hi|hello|ok|okay|so|please|@?briefbot)[,!:\s]+)+/, '')
    .replace(/[,\s]+please$/, '')
    .replace(/\s+/g, ' ');
const oldTyped = (text: string) =>
  text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<![^>|]+(?:\|([^>]*))?>/g, (_, label: string | undefined) => label ?? '')
    .replace(/<([^>|]+)(?:\|([^>]*))?>/g, (_, target: string, label?: string) => label ?? target)
    .replace(/\s+/g, ' ');

const library = createLibrary();
const readers: Record<
  string,
  { now: (text: string) => unknown; before: (text: string) => unknown }
> = {
  question: {
    now: (text) => matchRule(plainWords(text)),
    before: (text) => oldPlain(text),
  },
  'Slack text': { now: typedText, before: oldTyped },
};

const shapes: [string, keyof typeof readers, string, string, string][] = [
  ['"hi . . . … z"', 'question', 'hi', ' .', ' z'],
  ['"x, , , … z"', 'question', 'x', ', ', 'z'],
  ['whitespace runs', 'question', 'who is', ' \t \n ', 'z'],
  ['"<@U\\|" repeated', 'Slack text', '', '<@U|', 'z'],
  ['"<a\\|" repeated', 'Slack text', '', '<a|', 'z'],
];

const sized = (start: string, unit: string, end: string, length: number) =>
  start + unit.repeat(Math.ceil((length - start.length - end.length) / unit.length)) + end;

function fastest(work: () => void, trials = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < trials; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function measure(read: (text: string) => unknown, start: string, unit: string, end: string) {
  const small = sized(start, unit, end, 1_000);
  const large = sized(start, unit, end, 100_000);
  const smallMs = fastest(() => {
    for (let i = 0; i < 100; i++) read(small);
  });
  const largeMs = fastest(() => read(large));
  return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1e-3) };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const lines = [
  '| Shape | Reader | 100 × 1 KB, ms | 100 KB, ms | Ratio | Before: 100 KB, ms | Before: ratio |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const [label, kind, start, unit, end] of shapes) {
  const reader = readers[kind];
  if (reader === undefined) continue;
  const now = measure(reader.now, start, unit, end);
  const before = measure(reader.before, start, unit, end);
  lines.push(
    `| ${label} | ${kind} | ${ms(now.smallMs)} | ${ms(now.largeMs)} | ${now.ratio.toFixed(1)} | ${ms(before.largeMs)} | ${before.ratio.toFixed(0)} |`,
  );
}
const dm = sized('hi', ' .', ' z', 40_000);
const refuse = () => {
  try {
    parseText(dm, registry, library);
  } catch {
    // Refused as too long: the point is what the refusal costs.
  }
};
refuse();
lines.push(
  '',
  `A 40,000-character DM of "hi . . . … z" through parseText (refused): ${ms(fastest(refuse))} ms.`,
);
process.stdout.write(`${lines.join('\n')}\n`);
