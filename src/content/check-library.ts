import { basename } from 'node:path';
import type { Finding } from './check-briefing.ts';
import type { BriefingHead } from './lean-briefing.ts';
import { normalizeName } from './normalize.ts';

/** A briefing that passed its own checks, with the file it came from. */
export interface FileBriefing<B extends BriefingHead = BriefingHead> {
  file: string;
  briefing: B;
  /**
   * When the file began to serve its id, in reads of the folder (lower is earlier); files read
   * together share a number. Of two files with one id, the earlier keeps it.
   */
  since?: number;
}

export interface LibraryCheck<B extends BriefingHead = BriefingHead> {
  /** The briefings that can serve, in file order; of two files with one id, see `precedes`. */
  accepted: FileBriefing<B>[];
  findings: (Finding & { file: string })[];
}

/**
 * Checks that span files: briefing ids and aliases that clash, one person id given two names, an
 * alias that fits two different speakers, and related briefings that do not exist. Only a
 * duplicate id keeps a briefing out; the rest are warnings, and `warnings: false` skips them
 * (they take most of the time, and a reload can serve first and report them just after).
 */
export function checkLibrary<B extends BriefingHead>(
  candidates: readonly FileBriefing<B>[],
  options: { warnings?: boolean } = {},
): LibraryCheck<B> {
  const steps = checkSteps(candidates, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Briefings checked between two yields to the event loop in `checkLibraryInSlices`. */
const SLICE = 2000;

/**
 * The same checks, with the event loop free every few thousand briefings: at 100,000 they take
 * about half a second, which a save or a command arriving meanwhile had to wait for. The caller
 * must not change the candidates until it resolves.
 */
export async function checkLibraryInSlices<B extends BriefingHead>(
  candidates: readonly FileBriefing<B>[],
  options: { warnings?: boolean } = {},
): Promise<LibraryCheck<B>> {
  const steps = checkSteps(candidates, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The checks, as steps: each `yield` is a point where a caller may let other work run. */
function* checkSteps<B extends BriefingHead>(
  candidates: readonly FileBriefing<B>[],
  options: { warnings?: boolean },
): Generator<void, LibraryCheck<B>> {
  const findings: LibraryCheck['findings'] = [];
  const accepted: FileBriefing<B>[] = [];
  const winners = new Map<string, FileBriefing<B>>();
  for (const entry of candidates) {
    const held = winners.get(entry.briefing.id);
    if (held === undefined || precedes(entry, held)) winners.set(entry.briefing.id, entry);
  }
  for (const entry of candidates) {
    const { briefing, file } = entry;
    const winner = winners.get(briefing.id) as FileBriefing;
    if (winner !== entry) {
      // Reported against the newcomer, so the file to fix or delete is the one named.
      findings.push({
        file,
        path: ['id'],
        message: `briefing id "${briefing.id}" is already used by ${winner.file}; this file is skipped`,
        severity: 'error',
      });
      continue;
    }
    accepted.push(entry);
  }
  if (options.warnings === false) return { accepted, findings };
  // Which file serves each id, for the warnings alone: a start that serves first skips them.
  const owners = new Map<string, string>();
  for (const { briefing, file } of accepted) owners.set(briefing.id, file);

  const topicNames = new Map<string, string>();
  for (const { briefing } of accepted) topicNames.set(briefing.id, briefing.id);
  let done = 0;
  for (const { briefing, file } of accepted) {
    if (++done % SLICE === 0) yield;
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

  for (const finding of yield* checkSpeakers(accepted)) findings.push(finding);
  return { accepted, findings };
}

/**
 * Whether `a` keeps an id that `b` also claims: the file that served it first keeps it, so a copy
 * saved beside a briefing (`russia-yukos copy.yaml`, which sorts before `russia-yukos.yaml`) never
 * takes over. Files first read together (at start, or by `validate`) have no such history: the
 * one named after the id wins, else the first by name.
 */
function precedes(a: FileBriefing, b: FileBriefing): boolean {
  const since = (a.since ?? 0) - (b.since ?? 0);
  if (since !== 0) return since < 0;
  return namedAfterId(a) && !namedAfterId(b);
}

function namedAfterId(entry: FileBriefing): boolean {
  return basename(entry.file).replace(/\.ya?ml$/i, '') === entry.briefing.id;
}

// The matching keys of a speaker entry's name and aliases, name first. Only the keys are kept, one
// shared copy of each: the same people recur across thousands of briefings, and folding every name
// again made each check take seconds at 10,000 briefings. Kept per entry, not per briefing, since
// briefings share identical entries (see internHead): ~3,000 small arrays rather than 10,000.
const keyCache = new WeakMap<object, string[]>();
const sharedKeys = new Map<string, string>();
const sections = ['people', 'organisations', 'groups'] as const;

function keyOf(text: string): string {
  const key = normalizeName(text);
  const shared = sharedKeys.get(key);
  if (shared !== undefined) return shared;
  sharedKeys.set(key, key);
  return key;
}

function keysOf(speaker: { name: string; aliases: readonly string[] }): string[] {
  let keys = keyCache.get(speaker);
  if (keys === undefined) {
    keys = [keyOf(speaker.name)];
    for (const alias of speaker.aliases) keys.push(keyOf(alias));
    keyCache.set(speaker, keys);
  }
  return keys;
}

function* checkSpeakers(
  accepted: readonly FileBriefing[],
): Generator<void, LibraryCheck['findings']> {
  const findings: LibraryCheck['findings'] = [];
  const names = new Map<string, { name: string; file: string }>();
  const aliasOwners = new Map<string, string>();
  // A clash is reported once, where it first appears, not in every briefing that repeats it.
  const reported = new Set<string>();
  let done = 0;
  for (const { briefing, file } of accepted) {
    if (++done % SLICE === 0) yield;
    for (const section of sections) {
      briefing[section].forEach((speaker, index) => {
        const known = names.get(speaker.id);
        if (known === undefined) {
          names.set(speaker.id, { name: speaker.name, file });
        } else if (known.name !== speaker.name) {
          findings.push({
            file,
            path: [section, index, 'name'],
            message: `"${speaker.id}" is called "${known.name}" in ${known.file}; one id should have one name`,
            severity: 'warning',
          });
        }
        const keys = keysOf(speaker);
        for (let alias = -1; alias < speaker.aliases.length; alias++) {
          const key = keys[alias + 1] ?? '';
          const owner = aliasOwners.get(key);
          if (owner === undefined) {
            aliasOwners.set(key, speaker.id);
            continue;
          }
          if (owner === speaker.id) continue;
          const clash = `${key}\u0000${owner}\u0000${speaker.id}`;
          if (reported.has(clash)) continue;
          reported.add(clash);
          const text = alias < 0 ? speaker.name : speaker.aliases[alias];
          findings.push({
            file,
            path: alias < 0 ? [section, index, 'name'] : [section, index, 'aliases', alias],
            message: `"${text}" fits both "${owner}" and "${speaker.id}"; make the alias more specific`,
            severity: 'warning',
          });
        }
      });
    }
  }
  return findings;
}
