import type { Briefing } from './briefing-schema.ts';

/** A problem found inside one briefing, before it has a file position. */
export interface Finding {
  path: (string | number)[];
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Checks that need the whole briefing rather than one field: ids that clash, speakers and group
 * members that are not defined, and statements whose words are not in the sentence they cite.
 */
export function checkBriefing(briefing: Briefing): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const sections = ['people', 'organisations', 'groups', 'places'] as const;
  for (const section of sections) {
    briefing[section].forEach((entry, index) => {
      const earlier = seen.get(entry.id);
      if (earlier !== undefined) {
        findings.push({
          path: [section, index, 'id'],
          message: `id "${entry.id}" is already used at ${earlier}; every person, organisation, group and place needs its own id`,
          severity: 'error',
        });
      } else {
        seen.set(entry.id, `${section}.${index}`);
      }
    });
  }

  // An empty id comes only from a file that failed the schema (see looseBriefing).
  const speakers = new Set(
    [...briefing.people, ...briefing.organisations, ...briefing.groups]
      .map((entry) => entry.id)
      .filter((id) => id !== ''),
  );
  const speakerList = [...speakers].join(', ') || 'none defined';
  briefing.statements.forEach((statement, index) => {
    if (!speakers.has(statement.speaker)) {
      findings.push({
        path: ['statements', index, 'speaker'],
        message: `speaker "${statement.speaker}" is not listed under people, organisations or groups (known: ${speakerList})`,
        severity: 'error',
      });
    }
    // Most texts appear as they are; folding quotes and spaces is only needed when they do not.
    if (
      !statement.context.includes(statement.text) &&
      !squash(statement.context).includes(squash(statement.text))
    ) {
      findings.push({
        path: ['statements', index, 'text'],
        message: 'the statement text must appear word for word in its context sentence',
        severity: 'error',
      });
    }
  });

  briefing.groups.forEach((group, groupIndex) => {
    group.members.forEach((member, memberIndex) => {
      if (!speakers.has(member) || member === group.id) {
        findings.push({
          path: ['groups', groupIndex, 'members', memberIndex],
          message: `member "${member}" is not a person or organisation in this briefing`,
          severity: 'error',
        });
      }
    });
  });

  briefing.aliases.forEach((alias, index) => {
    if (alias === briefing.id) {
      findings.push({
        path: ['aliases', index],
        message: `alias "${alias}" repeats the briefing's own id`,
        severity: 'warning',
      });
    }
  });
  return findings;
}

/** Compares text the way a reader would: curly and straight quotes and spacing do not matter. */
function squash(value: string): string {
  return value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
