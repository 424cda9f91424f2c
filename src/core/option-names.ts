import type { ArgSpec } from './command.ts';

// Words people reach for instead of an option's name.
const SYNONYMS: Record<string, string[]> = {
  time: ['at', 'when', 'hour', 'clock'],
  timezone: ['tz', 'zone', 'time_zone'],
  days: ['day', 'on', 'every'],
  topics: ['topic', 'briefing', 'briefings', 'about'],
  topic: ['topics', 'briefing', 'about'],
  person: ['who', 'name', 'speaker'],
  words: ['query', 'q', 'text'],
  cron: ['schedule'],
  section: ['part', 'show'],
};

/** Edits (insert, delete, replace) from one short word to another. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The option a mistyped or misremembered name most likely meant (`at` → `time`, `tpoics` →
 * `topics`), or undefined when none is close. Only names the command really has are offered.
 */
export function nearestOption(name: string, specs: readonly ArgSpec[]): string | undefined {
  const wanted = name.toLowerCase();
  const names = specs.map((spec) => spec.name).filter((option) => option !== 'page');
  const bySynonym = names.find((option) => SYNONYMS[option]?.includes(wanted));
  if (bySynonym) return bySynonym;
  const ranked = names
    .map((option) => ({ option, edits: distance(wanted, option) }))
    .filter(({ option, edits }) => edits <= Math.max(1, Math.floor(option.length / 3)))
    .sort((a, b) => a.edits - b.edits);
  return ranked[0]?.option;
}
