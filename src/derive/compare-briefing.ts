import type { Briefing, Statement } from '../content/briefing-schema.ts';
import { normalizeName } from '../content/normalize.ts';
import { normaliseQuote } from './score.ts';

/** One way a draft differs from the briefing an editor made of the same article. */
export type Difference =
  | { type: 'missing statement'; expected: Statement }
  | { type: 'extra statement'; found: Statement }
  | { type: 'speaker'; expected: Statement; found: Statement }
  | { type: 'kind'; expected: Statement; found: Statement }
  | { type: 'paragraph'; expected: Statement; found: Statement }
  | { type: 'missing person'; name: string }
  | { type: 'source'; field: string; expected: string; found: string };

const same = (a: Statement, b: Statement) => normaliseQuote(a.text) === normaliseQuote(b.text);

/** Speaker ids compare by id, or by name when the two files name the same speaker differently. */
function speakerNames(briefing: Briefing): Map<string, string> {
  const all = [...briefing.people, ...briefing.organisations, ...briefing.groups];
  return new Map(all.map((e) => [e.id, normalizeName(e.name)]));
}

/**
 * Compares a draft with a reference briefing of the same article: statements missing, added or
 * given another speaker, kind or paragraph; people not found; and source fields that differ.
 */
export function compareBriefings(draft: Briefing, reference: Briefing): Difference[] {
  const differences: Difference[] = [];
  const draftNames = speakerNames(draft);
  const referenceNames = speakerNames(reference);
  const used = new Set<Statement>();
  for (const expected of reference.statements) {
    const found = draft.statements.find((s) => !used.has(s) && same(s, expected));
    if (!found) {
      differences.push({ type: 'missing statement', expected });
      continue;
    }
    used.add(found);
    const sameSpeaker =
      found.speaker === expected.speaker ||
      draftNames.get(found.speaker) === referenceNames.get(expected.speaker);
    if (!sameSpeaker) differences.push({ type: 'speaker', expected, found });
    if (found.kind !== expected.kind) differences.push({ type: 'kind', expected, found });
    if (found.paragraph !== expected.paragraph)
      differences.push({ type: 'paragraph', expected, found });
  }
  for (const found of draft.statements) {
    if (!used.has(found)) differences.push({ type: 'extra statement', found });
  }
  const drafted = new Set(draft.people.flatMap((p) => [p.id, normalizeName(p.name)]));
  for (const person of reference.people) {
    if (!drafted.has(person.id) && !drafted.has(normalizeName(person.name))) {
      differences.push({ type: 'missing person', name: person.name });
    }
  }
  for (const field of ['publisher', 'originalPublisher', 'headline', 'pageDate'] as const) {
    const expected = reference.source[field] ?? '';
    const found = draft.source[field] ?? '';
    if (expected !== found) differences.push({ type: 'source', field, expected, found });
  }
  return differences;
}

const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
};

/** One line per difference, as an editor would read them. */
export function formatDifferences(differences: readonly Difference[]): string {
  return differences.map(describe).join('\n');
}

function describe(d: Difference): string {
  switch (d.type) {
    case 'missing statement':
      return `missing  ¶${d.expected.paragraph} ${d.expected.kind} by ${d.expected.speaker}: “${clip(d.expected.text)}”`;
    case 'extra statement':
      return `extra    ¶${d.found.paragraph} ${d.found.kind} by ${d.found.speaker}: “${clip(d.found.text)}”`;
    case 'speaker':
      return `speaker  ¶${d.expected.paragraph} “${clip(d.expected.text)}”: ${d.found.speaker}, expected ${d.expected.speaker}`;
    case 'kind':
      return `kind     ¶${d.expected.paragraph} “${clip(d.expected.text)}”: ${d.found.kind}, expected ${d.expected.kind}`;
    case 'paragraph':
      return `paragraph “${clip(d.expected.text)}”: ¶${d.found.paragraph}, expected ¶${d.expected.paragraph}`;
    case 'missing person':
      return `person   ${d.name} is not among the draft's people`;
    case 'source':
      return `source   ${d.field}: “${d.found}”, expected “${d.expected}”`;
  }
}
