import type { BriefingHead } from '../content/lean-briefing.ts';
import { newestFirst } from './briefing-order.ts';
import { createNameIndex } from './name-index.ts';

/** Someone (or some body) who says things in briefings, merged across every briefing. */
export interface Speaker {
  id: string;
  name: string;
  kind: 'person' | 'organisation' | 'group';
  role?: string;
  organisation?: string;
  description?: string;
  aliases: string[];
  /** For a group: the people and organisations it is made of. */
  members: string[];
}

type Entry =
  | BriefingHead['people'][number]
  | BriefingHead['organisations'][number]
  | BriefingHead['groups'][number];

/** A briefing's speaker entries in the order they are defined (a later one with the same id wins). */
function* entriesOf(briefing: BriefingHead): Generator<Entry> {
  yield* briefing.people;
  yield* briefing.organisations;
  yield* briefing.groups;
}

/**
 * The speaker as one briefing describes them. Built only for the version that wins, when a speaker
 * is refreshed: people recur in thousands of briefings, and a copy per briefing cost ~18 MB at
 * 10,000 briefings for what each briefing's head already holds.
 */
function speakerIn(briefing: BriefingHead, id: string): Speaker | undefined {
  const groups = briefing.groups;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] as BriefingHead['groups'][number];
    if (group.id === id)
      return {
        id: group.id,
        name: group.name,
        kind: 'group',
        ...(group.description ? { description: group.description } : {}),
        aliases: group.aliases,
        members: group.members,
      };
  }
  const orgs = briefing.organisations;
  for (let i = orgs.length - 1; i >= 0; i--) {
    const org = orgs[i] as BriefingHead['organisations'][number];
    if (org.id === id)
      return {
        id: org.id,
        name: org.name,
        kind: 'organisation',
        ...(org.description ? { description: org.description } : {}),
        aliases: org.aliases,
        members: [],
      };
  }
  const people = briefing.people;
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i] as BriefingHead['people'][number];
    if (person.id === id)
      return {
        id: person.id,
        name: person.name,
        kind: 'person',
        ...(person.role ? { role: person.role } : {}),
        ...(person.organisation ? { organisation: person.organisation } : {}),
        aliases: person.aliases,
        members: [],
      };
  }
  return undefined;
}

/**
 * Everyone who speaks in the briefings, merged across briefings by id: the newest briefing's
 * description of them wins (roles change), and the aliases of every briefing count. Briefings are
 * added and removed one at a time; `refresh` then rebuilds only the speakers they touched.
 */
export function createSpeakerBook(briefing: (id: string) => BriefingHead | undefined) {
  /** For each speaker, the briefings that define them, in the order they were added. */
  const definitions = new Map<string, Set<string>>();
  const speakers = new Map<string, Speaker>();
  const groupsOf = new Map<string, Set<string>>();
  const names = createNameIndex();

  return {
    names,
    /** Records a briefing's speakers; returns their ids, to refresh once the briefings are in. */
    add(added: BriefingHead): string[] {
      const touched: string[] = [];
      for (const entry of entriesOf(added)) {
        const versions = definitions.get(entry.id) ?? new Set<string>();
        versions.add(added.id);
        definitions.set(entry.id, versions);
        if ('members' in entry) {
          for (const member of entry.members) {
            const groups = groupsOf.get(member) ?? new Set<string>();
            groups.add(entry.id);
            groupsOf.set(member, groups);
          }
        }
        touched.push(entry.id);
      }
      return touched;
    },
    remove(removed: BriefingHead): string[] {
      const touched: string[] = [];
      for (const entry of entriesOf(removed)) {
        definitions.get(entry.id)?.delete(removed.id);
        if ('members' in entry)
          for (const member of entry.members) groupsOf.get(member)?.delete(entry.id);
        touched.push(entry.id);
      }
      return touched;
    },
    refresh(id: string): void {
      const versions = definitions.get(id);
      if (versions === undefined || versions.size === 0) {
        definitions.delete(id);
        speakers.delete(id);
        names.remove(id);
        return;
      }
      let latest: Speaker | undefined;
      let newest: BriefingHead | undefined;
      const aliases = new Set<string>();
      for (const briefingId of versions) {
        const owner = briefing(briefingId);
        const speaker = owner ? speakerIn(owner, id) : undefined;
        if (owner === undefined || speaker === undefined) continue;
        if (latest === undefined || (newest && newestFirst(owner, newest) < 0)) {
          latest = speaker;
          newest = owner;
        }
        for (const alias of speaker.aliases) aliases.add(alias);
      }
      if (latest === undefined) return;
      const merged: Speaker = { ...latest, aliases: [...aliases] };
      speakers.set(id, merged);
      names.set(id, [id, merged.name, ...merged.aliases]);
    },
    get: (id: string) => speakers.get(id),
    all: () => [...speakers.values()],
    /** The ids of the briefings a speaker appears in. */
    briefingIdsOf: (id: string) => [...(definitions.get(id)?.keys() ?? [])],
    /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
    groupsOf: (id: string) => [...(groupsOf.get(id) ?? [])],
  };
}
