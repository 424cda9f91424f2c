import type { Briefing } from '../../src/content/briefing-schema.ts';
import { deriveBriefing } from '../../src/derive/derive.ts';

/** Drafts a briefing from article text written in a test, with a fixed date when it has none. */
export function draft(text: string): Briefing {
  return deriveBriefing(text, { fallbackDate: '2025-01-01' }).briefing;
}

/** The name of a statement's speaker. */
export function speakerName(briefing: Briefing, id: string): string {
  const all = [...briefing.people, ...briefing.organisations, ...briefing.groups];
  return all.find((e) => e.id === id)?.name ?? `(undefined ${id})`;
}

/** Every statement as [speaker name, kind, text], in reading order. */
export function said(briefing: Briefing): [string, string, string][] {
  return briefing.statements.map((s) => [speakerName(briefing, s.speaker), s.kind, s.text]);
}

/** The quotes only (direct and partial), as [speaker name, text]. */
export function quoted(briefing: Briefing): [string, string][] {
  return briefing.statements
    .filter((s) => s.kind !== 'paraphrase')
    .map((s) => [speakerName(briefing, s.speaker), s.text]);
}

/** An article as the tests write them: a date line, a headline, and paragraphs. */
export function article(...paragraphs: string[]): string {
  return [
    'Monday, 3 March 2025',
    '',
    'A headline for the test story',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}
