import type { Briefing } from './briefing-schema.ts';
import type { Finding } from './check-briefing.ts';
import { normalizeName } from './normalize.ts';

/** A briefing that passed its own checks, with the file it came from. */
export interface FileBriefing {
  file: string;
  briefing: Briefing;
}

export interface LibraryCheck {
  /** The briefings that can serve, in file order; a duplicate id keeps the first file's. */
  accepted: FileBriefing[];
  findings: (Finding & { file: string })[];
}

/**
 * Checks that span files: briefing ids and aliases that clash, one person id given two names, an
 * alias that fits two different speakers, and related briefings that do not exist.
 */
export function checkLibrary(candidates: readonly FileBriefing[]): LibraryCheck {
  const findings: LibraryCheck['findings'] = [];
  const accepted: FileBriefing[] = [];
  const owners = new Map<string, string>();
  for (const entry of candidates) {
    const { briefing, file } = entry;
    const owner = owners.get(briefing.id);
    if (owner !== undefined) {
      findings.push({
        file,
        path: ['id'],
        message: `briefing id "${briefing.id}" is already used by ${owner}; this file is skipped`,
        severity: 'error',
      });
      continue;
    }
    owners.set(briefing.id, file);
    accepted.push(entry);
  }

  const topicNames = new Map<string, string>();
  for (const { briefing } of accepted) topicNames.set(briefing.id, briefing.id);
  for (const { briefing, file } of accepted) {
    briefing.aliases.forEach((alias, index) => {
      const taken = topicNames.get(alias);
      if (taken !== undefined && taken !== briefing.id) {
        findings.push({
          file,
          path: ['aliases', index],
          message: `alias "${alias}" also names briefing "${taken}"; /brief ${alias} will ask which one`,
          severity: 'warning',
        });
      } else {
        topicNames.set(alias, briefing.id);
      }
    });
    briefing.related.forEach((related, index) => {
      if (!owners.has(related)) {
        findings.push({
          file,
          path: ['related', index],
          message: `related briefing "${related}" does not exist`,
          severity: 'warning',
        });
      }
    });
  }

  for (const finding of checkSpeakers(accepted)) findings.push(finding);
  return { accepted, findings };
}

function checkSpeakers(accepted: readonly FileBriefing[]): LibraryCheck['findings'] {
  const findings: LibraryCheck['findings'] = [];
  const names = new Map<string, { name: string; file: string }>();
  const aliasOwners = new Map<string, string>();
  // A clash is reported once, where it first appears, not in every briefing that repeats it.
  const reported = new Set<string>();
  for (const { briefing, file } of accepted) {
    for (const section of ['people', 'organisations', 'groups'] as const) {
      briefing[section].forEach((speaker, index) => {
        const known = names.get(speaker.id);
        if (known !== undefined && known.name !== speaker.name) {
          findings.push({
            file,
            path: [section, index, 'name'],
            message: `"${speaker.id}" is called "${known.name}" in ${known.file}; one id should have one name`,
            severity: 'warning',
          });
        } else if (known === undefined) {
          names.set(speaker.id, { name: speaker.name, file });
        }
        const labels: [string, (string | number)[]][] = [
          [speaker.name, [section, index, 'name']],
          ...speaker.aliases.map((alias, aliasIndex): [string, (string | number)[]] => [
            alias,
            [section, index, 'aliases', aliasIndex],
          ]),
        ];
        for (const [label, path] of labels) {
          const key = normalizeName(label);
          const owner = aliasOwners.get(key);
          const clash = `${key}\u0000${owner}\u0000${speaker.id}`;
          if (owner !== undefined && owner !== speaker.id && !reported.has(clash)) {
            reported.add(clash);
            findings.push({
              file,
              path,
              message: `"${label}" fits both "${owner}" and "${speaker.id}"; make the alias more specific`,
              severity: 'warning',
            });
          } else if (owner === undefined) {
            aliasOwners.set(key, speaker.id);
          }
        }
      });
    }
  }
  return findings;
}
