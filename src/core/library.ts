import type { Briefing, Statement } from '../content/briefing-schema.ts';
import { normalizeName } from '../content/normalize.ts';
import { createNameIndex } from './name-index.ts';
import { type BriefingHit, createTextIndex, type Passage, passagesOf } from './text-index.ts';

/** Briefings indexed for full text between yields to the event loop during a background load. */
const TEXT_SLICE = 100;

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

/** A statement together with the briefing it comes from. */
export interface StatementEntry {
  briefing: Briefing;
  statement: Statement;
  /** The statement's position in its briefing, a stable handle for it. */
  index: number;
}

/**
 * Orders ISO dates and slugs. Plain code-unit order is right for both, and unlike localeCompare it
 * costs nothing: it runs hundreds of thousands of times while a large library loads.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** When a briefing's events happened, for ordering: the events date, else the page date. */
export function eventTime(briefing: Briefing): string {
  return briefing.source.eventsDate ?? briefing.source.pageDate;
}

function newestFirst(a: Briefing, b: Briefing): number {
  return (
    compare(b.updated, a.updated) || compare(eventTime(b), eventTime(a)) || compare(a.id, b.id)
  );
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
 * The briefings currently serving, with everything the commands look up: topics and speakers by
 * name, statements by speaker, and full text. `update` applies a new set of briefings by
 * replacing only those that changed, so a reload of one file is cheap however many are loaded.
 */
export function createLibrary(initial: readonly Briefing[] = []) {
  const byId = new Map<string, Briefing>();
  const byAlias = new Map<string, string>();
  const topics = createNameIndex();
  const names = createNameIndex();
  const text = createTextIndex();
  /** For each speaker, the version of them each briefing defines. */
  const definitions = new Map<string, Map<string, Speaker>>();
  const speakers = new Map<string, Speaker>();
  const groupsOf = new Map<string, Set<string>>();
  let sorted: Briefing[] | undefined;
  let version = 0;
  /** Briefings waiting for the full-text index: filled in the background after a large load. */
  const unindexed = new Map<string, Briefing>();
  let draining: Promise<void> | undefined;

  const speakerName = (id: string) => speakers.get(id)?.name ?? id;

  function indexText(briefing: Briefing): void {
    text.setBriefing(briefing, speakerName);
  }

  /** Indexes queued briefings a slice at a time, yielding so that commands are answered meanwhile. */
  function drain(): Promise<void> {
    draining ??= (async () => {
      while (unindexed.size > 0) {
        let slice = 0;
        for (const [id, briefing] of unindexed) {
          unindexed.delete(id);
          indexText(briefing);
          if (++slice >= TEXT_SLICE) break;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      draining = undefined;
    })();
    return draining;
  }

  function refreshSpeaker(id: string): void {
    const versions = definitions.get(id);
    if (versions === undefined || versions.size === 0) {
      definitions.delete(id);
      speakers.delete(id);
      names.remove(id);
      return;
    }
    // The newest briefing's description wins (roles change); aliases from all of them count.
    let latest: Speaker | undefined;
    let newest: Briefing | undefined;
    const aliases = new Set<string>();
    for (const [briefingId, speaker] of versions) {
      const owner = byId.get(briefingId);
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
  }

  function unindex(briefing: Briefing): string[] {
    byId.delete(briefing.id);
    for (const alias of briefing.aliases)
      if (byAlias.get(alias) === briefing.id) byAlias.delete(alias);
    topics.remove(briefing.id);
    text.removeBriefing(briefing.id);
    unindexed.delete(briefing.id);
    const touched: string[] = [];
    for (const speaker of speakersOf(briefing)) {
      definitions.get(speaker.id)?.delete(briefing.id);
      for (const member of speaker.members) groupsOf.get(member)?.delete(speaker.id);
      touched.push(speaker.id);
    }
    return touched;
  }

  function index(briefing: Briefing): string[] {
    byId.set(briefing.id, briefing);
    for (const alias of briefing.aliases) if (!byAlias.has(alias)) byAlias.set(alias, briefing.id);
    topics.set(briefing.id, [briefing.id, ...briefing.aliases, briefing.title, ...briefing.tags]);
    const touched: string[] = [];
    for (const speaker of speakersOf(briefing)) {
      const versions = definitions.get(speaker.id) ?? new Map<string, Speaker>();
      versions.set(briefing.id, speaker);
      definitions.set(speaker.id, versions);
      for (const member of speaker.members) {
        const groups = groupsOf.get(member) ?? new Set<string>();
        groups.add(speaker.id);
        groupsOf.set(member, groups);
      }
      touched.push(speaker.id);
    }
    return touched;
  }

  const library = {
    /**
     * Serves exactly `briefings` from now on, re-indexing only what changed. With `background`,
     * full-text indexing happens after this returns (a large first load is ready for every other
     * command at once; /search says it is still indexing until `textReady` resolves).
     */
    update(briefings: readonly Briefing[], options: { background?: boolean } = {}): void {
      const next = new Map(briefings.map((briefing) => [briefing.id, briefing]));
      const touched = new Set<string>();
      const changed: Briefing[] = [];
      for (const [id, current] of [...byId]) {
        if (next.get(id) !== current) for (const speaker of unindex(current)) touched.add(speaker);
      }
      for (const briefing of next.values()) {
        if (byId.get(briefing.id) === briefing) continue;
        for (const speaker of index(briefing)) touched.add(speaker);
        changed.push(briefing);
      }
      for (const id of touched) refreshSpeaker(id);
      // Passages carry speaker names, so they are built once the speakers are settled.
      if (options.background) {
        for (const briefing of changed) unindexed.set(briefing.id, briefing);
        void drain();
      } else {
        for (const briefing of changed) indexText(briefing);
      }
      if (touched.size > 0 || changed.length > 0) {
        sorted = undefined;
        version++;
      }
    },
    /** Bumped on every change, so callers can cache what they derive from the library. */
    version: () => version,
    briefing: (id: string) => byId.get(id),
    /** The briefing with this id or alias, typed as a slug or in words ("putin kim"). */
    briefingBySlug(name: string): Briefing | undefined {
      const slug = normalizeName(name).replace(/ /g, '-');
      return byId.get(slug) ?? byId.get(byAlias.get(slug) ?? '');
    },
    /** Every briefing, most recently updated first. */
    briefings(): Briefing[] {
      sorted ??= [...byId.values()].sort(newestFirst);
      return sorted;
    },
    speaker: (id: string) => speakers.get(id),
    speakers: () => [...speakers.values()],
    /** The briefings a speaker appears in, most recent first. */
    briefingsOf(speakerId: string): Briefing[] {
      const owners = [...(definitions.get(speakerId)?.keys() ?? [])];
      return owners
        .map((id) => byId.get(id))
        .filter((b): b is Briefing => b !== undefined)
        .sort(newestFirst);
    },
    /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
    groupsOf: (speakerId: string) => [...(groupsOf.get(speakerId) ?? [])],
    /**
     * A speaker's statements, and those of groups they belong to, newest first (by when they
     * were said, else when the events happened), in article order within one briefing.
     */
    statementsOf(speakerId: string): StatementEntry[] {
      const ids = new Set([speakerId, ...(groupsOf.get(speakerId) ?? [])]);
      const entries: StatementEntry[] = [];
      const seen = new Set<string>();
      for (const id of ids) {
        for (const briefing of this.briefingsOf(id)) {
          if (seen.has(briefing.id)) continue;
          seen.add(briefing.id);
          briefing.statements.forEach((statement, index) => {
            if (ids.has(statement.speaker)) entries.push({ briefing, statement, index });
          });
        }
      }
      const when = (entry: StatementEntry) => entry.statement.said ?? eventTime(entry.briefing);
      return entries.sort(
        (a, b) =>
          compare(when(b), when(a)) || newestFirst(a.briefing, b.briefing) || a.index - b.index,
      );
    },
    /** How far the full-text index has got, for a note while a large load is being indexed. */
    textProgress: () => ({ pending: unindexed.size, total: byId.size }),
    /** Resolves when every briefing is in the full-text index. */
    textReady: () => draining ?? Promise.resolve(),
    /** Full-text search, best first: the briefings that match, with the words that matched. */
    search: (query: string): BriefingHit[] => text.search(query),
    /** A briefing's passages, as search and quotes show them. */
    passages(briefing: Briefing): Passage[] {
      return passagesOf(briefing, speakerName);
    },
    topics,
    names,
  };
  library.update(initial);
  return library;
}

export type Library = ReturnType<typeof createLibrary>;
