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
 * alias that fits two different speakers, and related briefings that do not exist. Only a
 * duplicate id keeps a briefing out; the rest are warnings, and `warnings: false` skips them
 * (they take most of the time, and a reload can serve first and report them just after).
 */
export function checkLibrary(
  candidates: readonly FileBriefing[],
  options: { warnings?: boolean } = {},
): LibraryCheck {
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
  if (options.warnings === false) return { accepted, findings };

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

/** One name or alias of a speaker in a briefing, with where it is and its matching key. */
interface Label {
  speakerId: string;
  speakerName: string;
  section: 'people' | 'organisations' | 'groups';
  index: number;
  /** -1 for the speaker's name, else the alias's position. */
  alias: number;
  text: string;
  key: string;
}

// Briefings are immutable once parsed, so their labels are worked out once, not on every reload.
const labelCache = new WeakMap<Briefing, Label[]>();

function labelsOf(briefing: Briefing): Label[] {
  let labels = labelCache.get(briefing);
  if (labels === undefined) {
    labels = [];
    for (const section of ['people', 'organisations', 'groups'] as const) {
      briefing[section].forEach((speaker, index) => {
        const base = { speakerId: speaker.id, speakerName: speaker.name, section, index };
        labels?.push({ ...base, alias: -1, text: speaker.name, key: normalizeName(speaker.name) });
        speaker.aliases.forEach((alias, position) => {
          labels?.push({ ...base, alias: position, text: alias, key: normalizeName(alias) });
        });
      });
    }
    labelCache.set(briefing, labels);
  }
  return labels;
}

function checkSpeakers(accepted: readonly FileBriefing[]): LibraryCheck['findings'] {
  const findings: LibraryCheck['findings'] = [];
  const names = new Map<string, { name: string; file: string }>();
  const aliasOwners = new Map<string, string>();
  // A clash is reported once, where it first appears, not in every briefing that repeats it.
  const reported = new Set<string>();
  for (const { briefing, file } of accepted) {
    for (const label of labelsOf(briefing)) {
      const path = label.alias < 0 ? [label.section, label.index, 'name'] : undefined;
      if (label.alias < 0) {
        const known = names.get(label.speakerId);
        if (known === undefined) {
          names.set(label.speakerId, { name: label.speakerName, file });
        } else if (known.name !== label.speakerName) {
          findings.push({
            file,
            path: path ?? [],
            message: `"${label.speakerId}" is called "${known.name}" in ${known.file}; one id should have one name`,
            severity: 'warning',
          });
        }
      }
      const owner = aliasOwners.get(label.key);
      if (owner === undefined) {
        aliasOwners.set(label.key, label.speakerId);
        continue;
      }
      if (owner === label.speakerId) continue;
      const clash = `${label.key}\u0000${owner}\u0000${label.speakerId}`;
      if (reported.has(clash)) continue;
      reported.add(clash);
      findings.push({
        file,
        path: path ?? [label.section, label.index, 'aliases', label.alias],
        message: `"${label.text}" fits both "${owner}" and "${label.speakerId}"; make the alias more specific`,
        severity: 'warning',
      });
    }
  }
  return findings;
}
