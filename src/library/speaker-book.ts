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

type Kind = Speaker['kind'];

/**
 * A briefing's own entry for a speaker (the last with that id; groups before organisations before
 * people), and which kind it is, or undefined. The entry itself, not a copy: identical entries
 * are shared across briefings (see internHead), so a speaker's versions are mostly one object.
 */
function entryIn(briefing: BriefingHead, id: string): { entry: Entry; kind: Kind } | undefined {
  const group = lastWithId(briefing.groups, id);
  if (group) return { entry: group, kind: 'group' };
  const organisation = lastWithId(briefing.organisations, id);
  if (organisation) return { entry: organisation, kind: 'organisation' };
  const person = lastWithId(briefing.people, id);
  return person ? { entry: person, kind: 'person' } : undefined;
}

/**
 * The last entry of a section with this id. A function of its own rather than a closure made in
 * each call: `npm start` runs the source through tsx, which names every function it creates, and
 * a closure made a million times as 100,000 briefings load cost a third of a second in naming.
 */
function lastWithId(section: readonly Entry[], id: string): Entry | undefined {
  for (let i = section.length - 1; i >= 0; i--) if (section[i]?.id === id) return section[i];
  return undefined;
}

/**
 * The speaker as one entry describes them. Built only for the version that wins, when a speaker
 * is refreshed: people recur in thousands of briefings, and a copy per briefing cost ~18 MB at
 * 10,000 briefings.
 */
function speakerOf(entry: Entry, kind: Kind): Speaker {
  const common = { id: entry.id, name: entry.name, aliases: entry.aliases };
  if (kind !== 'person') {
    const { description } = entry as BriefingHead['organisations'][number];
    return {
      ...common,
      kind,
      ...(description ? { description } : {}),
      members: kind === 'group' ? (entry as BriefingHead['groups'][number]).members : [],
    };
  }
  const person = entry as BriefingHead['people'][number];
  return {
    ...common,
    kind: 'person',
    ...(person.role ? { role: person.role } : {}),
    ...(person.organisation ? { organisation: person.organisation } : {}),
    members: [],
  };
}

/**
 * The briefings that define one speaker, in the order they were added, and each one's entry for
 * them, side by side: the heads themselves, as a refresh reads each one (looking a million of
 * them up by id took half a second of a 100,000-briefing start), and the entry found as it was
 * added (finding it again in each head at a refresh took another half). Arrays rather than a map
 * keyed by head: a start adds a million of them, and
 * a map from heads to entries cost half a second of a 100,000-briefing restart where pushing onto
 * two arrays costs a tenth of that. A briefing removed is only marked (`gone`) and taken out
 * when the speaker is next refreshed or listed, so a removal does not search the arrays.
 */
interface Versions {
  heads: BriefingHead[];
  entries: Entry[];
  gone?: Set<BriefingHead>;
}

/**
 * Records a briefing's entry for a speaker, as setting it in a map would: a briefing defining the
 * speaker twice keeps its place and its last entry, and one removed and added back before a
 * refresh moves to the end. A head is never added twice without being removed in between.
 */
function record(versions: Versions, head: BriefingHead, entry: Entry): void {
  const { heads, entries, gone } = versions;
  if (gone?.delete(head)) {
    const at = heads.lastIndexOf(head);
    if (at >= 0) {
      heads.splice(at, 1);
      entries.splice(at, 1);
    }
  } else if (heads[heads.length - 1] === head) {
    // Sections are added one after another, so a second entry of the same briefing is the last.
    entries[entries.length - 1] = entry;
    return;
  }
  heads.push(head);
  entries.push(entry);
}

/** Takes out the briefings marked removed. */
function settle(versions: Versions): void {
  const { gone } = versions;
  if (gone === undefined || gone.size === 0) return;
  let kept = 0;
  for (let i = 0; i < versions.heads.length; i++) {
    const head = versions.heads[i] as BriefingHead;
    if (gone.has(head)) continue;
    versions.heads[kept] = head;
    versions.entries[kept] = versions.entries[i] as Entry;
    kept++;
  }
  versions.heads.length = kept;
  versions.entries.length = kept;
  gone.clear();
}

/**
 * Everyone who speaks in the briefings, merged across briefings by id: the newest briefing's
 * description of them wins (roles change), and the aliases of every briefing count. Briefings are
 * added and removed one at a time; `refresh` then rebuilds only the speakers they touched.
 */
export function createSpeakerBook() {
  /**
   * For each speaker, the briefings that define them, in the order they were added, each with
   * its own entry for them (see Versions).
   */
  const definitions = new Map<string, Versions>();
  const speakers = new Map<string, Speaker>();
  const groupsOf = new Map<string, Set<string>>();
  const names = createNameIndex();
  /** The groups a member belongs to, made when first needed. */
  const groupSet = (member: string): Set<string> => {
    let groups = groupsOf.get(member);
    if (groups === undefined) {
      groups = new Set<string>();
      groupsOf.set(member, groups);
    }
    return groups;
  };

  return {
    names,
    /**
     * Records a briefing's speakers, adding their ids to `touched`, to refresh once the briefings
     * are in (a Set passed in, not a list returned: a million ids went through both at a start).
     */
    add(added: BriefingHead, touched: Set<string>): void {
      // Plain loops: this runs a million times as 100,000 briefings load, where a generator cost
      // over a second. Sections in the order entryIn prefers them last, so that where a briefing
      // defines an id twice, the entry kept is the one entryIn finds.
      for (const section of [added.people, added.organisations, added.groups] as const) {
        for (let i = 0; i < section.length; i++) {
          const entry = section[i] as Entry;
          let versions = definitions.get(entry.id);
          if (versions === undefined) {
            versions = { heads: [], entries: [] };
            definitions.set(entry.id, versions);
          }
          // A group's members are recorded when it is refreshed, from every briefing defining it.
          record(versions, added, entry);
          touched.add(entry.id);
        }
      }
    },
    /** Forgets a briefing's speakers, adding their ids to `touched`, to refresh. */
    remove(removed: BriefingHead, touched: Set<string>): void {
      for (const entry of entriesOf(removed)) {
        const versions = definitions.get(entry.id);
        if (versions !== undefined) {
          versions.gone ??= new Set();
          versions.gone.add(removed);
        }
        if ('members' in entry)
          for (const member of entry.members) groupsOf.get(member)?.delete(entry.id);
        touched.add(entry.id);
      }
    },
    refresh(id: string): void {
      const versions = definitions.get(id);
      if (versions !== undefined) settle(versions);
      if (versions === undefined || versions.heads.length === 0) {
        definitions.delete(id);
        speakers.delete(id);
        names.remove(id);
        return;
      }
      let newest: BriefingHead | undefined;
      const aliases = new Set<string>();
      // Shared entries are looked at once: a speaker's versions are mostly the same object.
      const seen = new Set<Entry>();
      for (let i = 0; i < versions.heads.length; i++) {
        const owner = versions.heads[i] as BriefingHead;
        const entry = versions.entries[i] as Entry;
        if (newest === undefined || newestFirst(owner, newest) < 0) newest = owner;
        if (seen.has(entry)) continue;
        seen.add(entry);
        for (const alias of entry.aliases) aliases.add(alias);
        // Memberships are recorded here, from every briefing that defines the group: a briefing
        // removed takes its group's memberships with it (see remove), and those that another
        // briefing still defines are given back.
        if ('members' in entry) for (const member of entry.members) groupSet(member).add(id);
      }
      // Which kind the winning entry is, from the section it is in: looked for in one head only.
      const found = newest && entryIn(newest, id);
      if (found === undefined) return;
      const merged: Speaker = { ...speakerOf(found.entry, found.kind), aliases: [...aliases] };
      speakers.set(id, merged);
      names.set(id, [id, merged.name, ...merged.aliases]);
    },
    get: (id: string) => speakers.get(id),
    all: () => [...speakers.values()],
    /** The ids of the briefings a speaker appears in. */
    briefingIdsOf(id: string): string[] {
      const versions = definitions.get(id);
      if (versions === undefined) return [];
      settle(versions);
      return versions.heads.map((head) => head.id);
    },
    /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
    groupsOf: (id: string) => [...(groupsOf.get(id) ?? [])],
  };
}
