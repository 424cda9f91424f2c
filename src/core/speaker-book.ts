import type { Briefing } from '../content/briefing-schema.ts';
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

// Briefings never change once parsed, so their speakers are listed once (index and unindex share).
const speakerCache = new WeakMap<Briefing, Speaker[]>();

function speakersOf(briefing: Briefing): Speaker[] {
  let listed = speakerCache.get(briefing);
  if (listed === undefined) {
    listed = listSpeakers(briefing);
    speakerCache.set(briefing, listed);
  }
  return listed;
}

function listSpeakers(briefing: Briefing): Speaker[] {
  return [
    ...briefing.people.map(
      (person): Speaker => ({
        id: person.id,
        name: person.name,
        kind: 'person',
        ...(person.role ? { role: person.role } : {}),
        ...(person.organisation ? { organisation: person.organisation } : {}),
        aliases: person.aliases,
        members: [],
      }),
    ),
    ...briefing.organisations.map(
      (org): Speaker => ({
        id: org.id,
        name: org.name,
        kind: 'organisation',
        ...(org.description ? { description: org.description } : {}),
        aliases: org.aliases,
        members: [],
      }),
    ),
    ...briefing.groups.map(
      (group): Speaker => ({
        id: group.id,
        name: group.name,
        kind: 'group',
        ...(group.description ? { description: group.description } : {}),
        aliases: group.aliases,
        members: group.members,
      }),
    ),
  ];
}

/**
 * Everyone who speaks in the briefings, merged across briefings by id: the newest briefing's
 * description of them wins (roles change), and the aliases of every briefing count. Briefings are
 * added and removed one at a time; `refresh` then rebuilds only the speakers they touched.
 */
export function createSpeakerBook(briefing: (id: string) => Briefing | undefined) {
  /** For each speaker, the version of them each briefing defines. */
  const definitions = new Map<string, Map<string, Speaker>>();
  const speakers = new Map<string, Speaker>();
  const groupsOf = new Map<string, Set<string>>();
  const names = createNameIndex();

  return {
    names,
    /** Records a briefing's speakers; returns their ids, to refresh once the briefings are in. */
    add(added: Briefing): string[] {
      const touched: string[] = [];
      for (const speaker of speakersOf(added)) {
        const versions = definitions.get(speaker.id) ?? new Map<string, Speaker>();
        versions.set(added.id, speaker);
        definitions.set(speaker.id, versions);
        for (const member of speaker.members) {
          const groups = groupsOf.get(member) ?? new Set<string>();
          groups.add(speaker.id);
          groupsOf.set(member, groups);
        }
        touched.push(speaker.id);
      }
      return touched;
    },
    remove(removed: Briefing): string[] {
      const touched: string[] = [];
      for (const speaker of speakersOf(removed)) {
        definitions.get(speaker.id)?.delete(removed.id);
        for (const member of speaker.members) groupsOf.get(member)?.delete(speaker.id);
        touched.push(speaker.id);
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
      let newest: Briefing | undefined;
      const aliases = new Set<string>();
      for (const [briefingId, speaker] of versions) {
        const owner = briefing(briefingId);
        if (latest === undefined || (owner && newest && newestFirst(owner, newest) < 0)) {
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

export type SpeakerBook = ReturnType<typeof createSpeakerBook>;
