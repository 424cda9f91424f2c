import type { Briefing, Statement, StatementKind } from '../content/briefing-schema.ts';
import { isPublished } from '../content/drafts.ts';
import { bodyOf, cuesOf } from '../content/lean-briefing.ts';
import { normalizeName } from '../content/normalize.ts';
import { compare, eventTime, newestFirst } from './briefing-order.ts';
import type { LibraryStore, StatementEntry } from './library.ts';
import { createNameIndex } from './name-index.ts';
import { createSpeakerBook } from './speaker-book.ts';
import { type BriefingHit, createTextIndex, type Passage, passagesOf } from './text-index.ts';

/** Briefings indexed for full text between yields to the event loop during a background load. */
const TEXT_SLICE = 100;

/** A statement entry whose statement is read from the briefing only when it is used. */
function statementEntry(briefing: Briefing, index: number): StatementEntry {
  const cues = cuesOf(briefing);
  return {
    briefing,
    index,
    speaker: cues.speakers[index] as string,
    kind: cues.kinds[index] as StatementKind,
    get statement(): Statement {
      return bodyOf(briefing).statements[index] as Statement;
    },
  };
}

/**
 * The briefings currently serving, with everything the commands look up: topics and speakers by
 * name, statements by speaker, and full text. `update` applies a new set of briefings by
 * replacing only those that changed, so a reload of one file is cheap however many are loaded.
 */
export function createLibrary(initial: readonly Briefing[] = []): LibraryStore {
  const byId = new Map<string, Briefing>();
  const byAlias = new Map<string, string>();
  const topics = createNameIndex();
  const text = createTextIndex();
  const speakers = createSpeakerBook((id) => byId.get(id));
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

  function unindex(briefing: Briefing): string[] {
    byId.delete(briefing.id);
    for (const alias of briefing.aliases)
      if (byAlias.get(alias) === briefing.id) byAlias.delete(alias);
    topics.remove(briefing.id);
    text.removeBriefing(briefing.id);
    unindexed.delete(briefing.id);
    return speakers.remove(briefing);
  }

  function index(briefing: Briefing): string[] {
    byId.set(briefing.id, briefing);
    for (const alias of briefing.aliases) if (!byAlias.has(alias)) byAlias.set(alias, briefing.id);
    topics.set(briefing.id, [briefing.id, ...briefing.aliases, briefing.title, ...briefing.tags]);
    return speakers.add(briefing);
  }

  const library: LibraryStore = {
    /**
     * Serves exactly `briefings` from now on, re-indexing only what changed. With `background`,
     * full-text indexing happens after this returns (a large first load is ready for every other
     * command at once; /search says it is still indexing until `textReady` resolves).
     */
    update(briefings, options = {}) {
      // The one place that keeps drafts from readers: whatever serves reads only this library.
      const next = new Map(
        briefings.filter(isPublished).map((briefing) => [briefing.id, briefing]),
      );
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
      for (const id of touched) speakers.refresh(id);
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
    speakers: () => speakers.all(),
    /** The briefings a speaker appears in, most recent first. */
    briefingsOf(speakerId: string): Briefing[] {
      return speakers
        .briefingIdsOf(speakerId)
        .map((id) => byId.get(id))
        .filter((b): b is Briefing => b !== undefined)
        .sort(newestFirst);
    },
    /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
    groupsOf: (speakerId: string) => speakers.groupsOf(speakerId),
    /**
     * A speaker's statements, and those of groups they belong to, newest first (by when they
     * were said, else when the events happened), in article order within one briefing.
     */
    statementsOf(speakerId: string): StatementEntry[] {
      const ids = new Set([speakerId, ...speakers.groupsOf(speakerId)]);
      const entries: StatementEntry[] = [];
      const seen = new Set<string>();
      for (const id of ids) {
        for (const briefing of this.briefingsOf(id)) {
          if (seen.has(briefing.id)) continue;
          seen.add(briefing.id);
          // Found by cues, so a briefing whose body is on disk is read only for what is shown.
          const cues = cuesOf(briefing);
          cues.speakers.forEach((speaker, index) => {
            if (ids.has(speaker)) entries.push(statementEntry(briefing, index));
          });
        }
      }
      const when = (entry: StatementEntry) =>
        cuesOf(entry.briefing).said[entry.index] ?? eventTime(entry.briefing);
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
    /** The best `limit` matches of a full-text search, and how many match in all. */
    searchTop: (query: string, limit: number) => text.searchTop(query, limit),
    bodyOf,
    statementCount: (briefing) => cuesOf(briefing).speakers.length,
    /** A briefing's passages, as search and quotes show them. */
    passages(briefing: Briefing): Passage[] {
      return passagesOf(briefing, speakerName);
    },
    topics,
    names: speakers.names,
  };
  library.update(initial);
  return library;
}
