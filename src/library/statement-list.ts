import type { StatementKind } from '../content/briefing-schema.ts';
import type { ServedBriefing } from '../content/lean-briefing.ts';
import { compare, eventTime, newestFirst } from './briefing-order.ts';
import type { StatementEntry } from './library.ts';

/** Where a statement is, from its briefing's cues: no body is read to list statements. */
function statementEntry(briefing: ServedBriefing, index: number): StatementEntry {
  return {
    briefing,
    index,
    speaker: briefing.cues.speakers[index] as string,
    kind: briefing.cues.kinds[index] as StatementKind,
  };
}

/**
 * The statements of the speakers `ids` (a speaker and the groups they belong to) in the
 * briefings `briefingsOf` gives for each, newest first (by when they were said, else when the
 * events happened), in article order within one briefing.
 */
export function listStatements(
  ids: ReadonlySet<string>,
  briefingsOf: (speakerId: string) => readonly ServedBriefing[],
): StatementEntry[] {
  const entries: StatementEntry[] = [];
  const said = new Map<StatementEntry, string>();
  const seen = new Set<string>();
  for (const id of ids) {
    for (const briefing of briefingsOf(id)) {
      if (seen.has(briefing.id)) continue;
      seen.add(briefing.id);
      // Found by cues, so a briefing whose body is on disk is read only for what is shown.
      briefing.cues.speakers.forEach((speaker, index) => {
        if (!ids.has(speaker)) return;
        const entry = statementEntry(briefing, index);
        entries.push(entry);
        said.set(entry, briefing.cues.said[index] ?? eventTime(briefing));
      });
    }
  }
  const when = (entry: StatementEntry) => said.get(entry) ?? '';
  return entries.sort(
    (a, b) => compare(when(b), when(a)) || newestFirst(a.briefing, b.briefing) || a.index - b.index,
  );
}
