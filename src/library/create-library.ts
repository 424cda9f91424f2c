import { dirname, join } from 'node:path';
import type { SnapshotDelta } from '../content/briefing-files.ts';
import type { Briefing } from '../content/briefing-schema.ts';
import { isPublished } from '../content/drafts.ts';
import { type BriefingHead, type ServedBriefing, toServed } from '../content/lean-briefing.ts';
import { normalizeName } from '../content/normalize.ts';
import { newestFirst, placeInSorted } from './briefing-order.ts';
import type { LibraryStore, StatementEntry } from './library.ts';
import type { TakeBytes } from './read-ahead.ts';
import { createSpeakerBook } from './speaker-book.ts';
import { listStatements } from './statement-list.ts';
import {
  type BriefingHit,
  createTextIndex,
  type Passage,
  passagesOf,
  textFields,
} from './text-index.ts';
import { readTextSnapshot, writeTextSnapshot, writeTextSnapshotInSlices } from './text-snapshot.ts';
import { createTopicNames } from './topic-names.ts';

/**
 * Speakers whose statement lists are kept until the library changes: resolving a name and
 * completing one count the statements of every candidate, and /who lists them twice.
 */
const KEPT_STATEMENT_LISTS = 256;

/** Briefings indexed for full text between yields to the event loop during a background load. */
const TEXT_SLICE = 100;

/** Where the full-text index is saved between runs, and under which rules. */
export interface TextSnapshotOptions {
  file: string;
  /**
   * Where the briefings' names (the topic index) are saved beside it; `topic-index.snapshot` in
   * the same folder if omitted.
   */
  topicsFile?: string;
  /** The rules the briefings were read under (the cache's format and folder); others are ignored. */
  rules: string;
  /** Told when the snapshot cannot be written; the library keeps serving. */
  onError?: (error: unknown) => void;
  /** How long the index must stay unchanged before it is written (SAVE_WHEN_QUIET_MS). */
  quietMs?: number;
  /** The snapshots' bytes, if a start read them ahead (see read-ahead.ts). */
  readAhead?: TakeBytes;
}

/**
 * The snapshot is written once the index has been left alone this long, not at once: at 100,000
 * briefings the write takes a second of slices, and saves made just after a start (an editor at
 * work) waited for slices and for taking the index's sizes. Nothing is lost meanwhile: a stop
 * writes it at once, and a start after a crash indexes only what changed since the last one.
 */
const SAVE_WHEN_QUIET_MS = 5000;

/**
 * The briefings currently serving, with everything the commands look up: topics and speakers by
 * name, statements by speaker, and full text. `update` applies a new set of briefings by
 * replacing only those that changed, so a reload of one file is cheap however many are loaded.
 * With `textSnapshot`, the first background load starts from the saved full-text index and
 * indexes only the briefings that changed since; the index is saved again once built.
 */
export function createLibrary(
  initial: readonly (Briefing | ServedBriefing)[] = [],
  options: { textSnapshot?: TextSnapshotOptions } = {},
): LibraryStore {
  const byId = new Map<string, ServedBriefing>();
  const byAlias = new Map<string, string>();
  const names = createTopicNames();
  const topics = names.index;
  let text = createTextIndex();
  /** Per briefing in the full-text index, the stamp of the version indexed (none if unstamped). */
  const textStamps = new Map<string, string>();
  const snapshot = options.textSnapshot;
  const topicsFile =
    snapshot && (snapshot.topicsFile ?? join(dirname(snapshot.file), 'topic-index.snapshot'));
  const readSnapshot = (file: string, fields: number) =>
    readTextSnapshot(
      file,
      (snapshot as TextSnapshotOptions).rules,
      fields,
      snapshot?.readAhead?.(file),
    );
  let snapshotTried = false;
  let saving: NodeJS.Timeout | undefined;
  let writing: Promise<void> | undefined;
  /** Whether the index differs from the snapshot on disk. */
  let textChanged = false;
  const speakers = createSpeakerBook();
  let sorted: ServedBriefing[] | undefined;
  let version = 0;
  /** Briefings waiting for the full-text index: filled in the background after a large load. */
  const unindexed = new Map<string, ServedBriefing>();
  let draining: Promise<void> | undefined;
  const statementLists = new Map<string, { version: number; entries: readonly StatementEntry[] }>();

  const speakerName = (id: string) => speakers.get(id)?.name ?? id;

  // A one-off pass over every briefing: bodies read from disk do not displace the recently shown
  // ones. Kept, they lived long enough to be promoted to the old heap and left ~40 MB of garbage
  // there after a 10,000-briefing start.
  function indexText(briefing: ServedBriefing): void {
    text.setBriefing(briefing, briefing.readBody(false), speakerName);
    if (briefing.stamp) textStamps.set(briefing.id, briefing.stamp);
    else textStamps.delete(briefing.id);
    textChanged = true;
  }

  /**
   * Starts the full-text index from the snapshot, keeping only the briefings served now in the
   * very version indexed then; returns those still to index. Anything else in the snapshot (a
   * briefing changed, deleted or now a draft) is dropped from it.
   */
  function fromSnapshot(changed: ServedBriefing[]): ServedBriefing[] {
    snapshotTried = true;
    if (snapshot === undefined) return changed;
    const saved = readSnapshot(snapshot.file, textFields.length);
    if (saved === undefined) return changed;
    text = createTextIndex(saved.state);
    const rest: ServedBriefing[] = [];
    const kept = new Set<string>();
    for (const briefing of changed) {
      if (briefing.stamp !== undefined && saved.stamps.get(briefing.id) === briefing.stamp) {
        kept.add(briefing.id);
        textStamps.set(briefing.id, briefing.stamp);
      } else {
        rest.push(briefing);
      }
    }
    for (const id of saved.stamps.keys()) {
      if (kept.has(id)) continue;
      text.removeBriefing(id);
      textChanged = true;
    }
    return rest;
  }

  /**
   * Writes the snapshots whose index changed since: at once (a shutdown), or in slices. What
   * each holds is taken now, before the first slice is written.
   */
  function saveSnapshot(now: boolean): void {
    if (snapshot === undefined) return;
    const { file, rules, onError } = snapshot;
    const writes: Parameters<typeof writeTextSnapshot>[] = [];
    if (textChanged) writes.push([file, rules, textFields.length, text.state(), textStamps]);
    if (names.changed() && topicsFile !== undefined) {
      const { state, stamps, labels } = names.take();
      writes.push([topicsFile, rules, 1, state, stamps, { labels }]);
    }
    textChanged = false;
    if (writes.length === 0) return;
    try {
      if (now) {
        for (const args of writes) writeTextSnapshot(...args);
        return;
      }
      const written: Promise<void> = Promise.all(
        writes.map((args) => writeTextSnapshotInSlices(...args)),
      )
        .then(() => {})
        .catch((error: unknown) => onError?.(error))
        .finally(() => {
          if (writing === written) writing = undefined;
        });
      writing = written;
    } catch (error) {
      onError?.(error);
    }
  }

  /** Indexes queued briefings a slice at a time, yielding so that commands are answered meanwhile. */
  function drain(): Promise<void> {
    if (draining) return draining;
    if (unindexed.size === 0) {
      saveSoon();
      text.reserveSearch();
      return Promise.resolve();
    }
    draining = (async () => {
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
      saveSoon();
      text.reserveSearch();
    })();
    return draining;
  }

  /**
   * Saves the snapshot once search is ready and the index has been left alone a while (see
   * SAVE_WHEN_QUIET_MS), rather than before: the write answers no question. A change meanwhile
   * starts the wait again. `saveIndex` writes it at once (on shutdown).
   */
  function saveSoon(): void {
    if (snapshot === undefined || !(textChanged || names.changed())) return;
    if (saving) clearTimeout(saving);
    saving = setTimeout(() => {
      saving = undefined;
      saveSnapshot(false);
    }, snapshot.quietMs ?? SAVE_WHEN_QUIET_MS);
    // A write still waiting must not keep a process that is otherwise done alive.
    saving.unref();
  }

  /** Takes a briefing out of every index; the speakers it defined join `touched`. */
  function unindex(briefing: ServedBriefing, touched: Set<string>): void {
    byId.delete(briefing.id);
    for (const alias of briefing.aliases)
      if (byAlias.get(alias) === briefing.id) byAlias.delete(alias);
    names.forget(briefing.id);
    text.removeBriefing(briefing.id);
    if (textStamps.delete(briefing.id)) textChanged = true;
    unindexed.delete(briefing.id);
    speakers.remove(briefing, touched);
  }

  /** Puts a briefing in every index but full text; the speakers it defines join `touched`. */
  function index(briefing: ServedBriefing, touched: Set<string>): void {
    byId.set(briefing.id, briefing);
    for (const alias of briefing.aliases) if (!byAlias.has(alias)) byAlias.set(alias, briefing.id);
    names.name(briefing);
    speakers.add(briefing, touched);
  }

  /**
   * The briefing a head belongs to: itself, as every head the library hands out is a served
   * briefing carrying its own way to its body. So one replaced since (a digest being composed
   * during a reload) still reads its own body, with no map of every head served to keep: a weak
   * map of 100,000 of them added to every full collection.
   */
  function served(briefing: BriefingHead): ServedBriefing {
    if (!('readBody' in briefing))
      throw new Error(`briefing "${briefing.id}" is not one this library served`);
    return briefing as ServedBriefing;
  }

  /** The briefings a speaker appears in, most recent first. */
  function briefingsOf(speakerId: string): ServedBriefing[] {
    return speakers
      .briefingIdsOf(speakerId)
      .map((id) => byId.get(id))
      .filter((b): b is ServedBriefing => b !== undefined)
      .sort(newestFirst);
  }

  /** The list the library was last given, which a delta must start from to be applied alone. */
  let lastGiven: readonly (Briefing | ServedBriefing)[] | undefined;

  /**
   * A save's changes alone: each briefing replaced by its new version (or by nothing, if that is
   * now a draft). The same as the full comparison in `update`, without reading every briefing.
   */
  function applyDelta(replaced: SnapshotDelta['replaced']): void {
    const touched = new Set<string>();
    const changed: ServedBriefing[] = [];
    // A new array, so a caller still holding the old list (a digest being composed) keeps it.
    if (sorted !== undefined && replaced.length > 0) sorted = [...sorted];
    for (const { before, after } of replaced) {
      for (const id of new Set([before.id, after.id])) {
        const current = byId.get(id);
        if (current === undefined || current === after) continue;
        unindex(current, touched);
        if (sorted) placeInSorted(sorted, current, undefined);
      }
      if (!isPublished(after)) continue;
      const served = toServed(after);
      if (byId.get(served.id) === served) continue;
      index(served, touched);
      if (sorted) placeInSorted(sorted, undefined, served);
      changed.push(served);
    }
    for (const id of touched) speakers.refresh(id);
    for (const briefing of changed) indexText(briefing);
    if (touched.size > 0 || changed.length > 0) version++;
    if (saving) saveSoon();
  }

  const library: LibraryStore = {
    /**
     * Serves exactly `briefings` from now on, re-indexing only what changed. With `background`,
     * full-text indexing happens after this returns (a large first load is ready for every other
     * command at once; /search says it is still indexing until `textReady` resolves).
     */
    update(briefings, options = {}) {
      const { delta } = options;
      const given = lastGiven;
      lastGiven = briefings;
      if (delta && !options.background && given !== undefined && delta.from === given) {
        applyDelta(delta.replaced);
        return;
      }
      // The one place that keeps drafts from readers: whatever serves reads only this library.
      const next = new Map(
        briefings.filter(isPublished).map((briefing) => [briefing.id, toServed(briefing)]),
      );
      const touched = new Set<string>();
      const changed: ServedBriefing[] = [];
      const touchedBefore = byId.size > 0;
      // Only a first load starts from the snapshots: later ones change what is already indexed.
      const firstLoad = options.background === true && !snapshotTried && !touchedBefore;
      if (firstLoad && topicsFile !== undefined) names.restore(readSnapshot(topicsFile, 1));
      for (const [id, current] of [...byId]) {
        if (next.get(id) !== current) unindex(current, touched);
      }
      for (const briefing of next.values()) {
        if (byId.get(briefing.id) === briefing) continue;
        index(briefing, touched);
        changed.push(briefing);
      }
      names.dropUnmatched();
      for (const id of touched) speakers.refresh(id);
      // Passages carry speaker names, so they are built once the speakers are settled.
      if (options.background) {
        const toIndex = firstLoad ? fromSnapshot(changed) : changed;
        for (const briefing of toIndex) unindexed.set(briefing.id, briefing);
        void drain();
      } else {
        for (const briefing of changed) indexText(briefing);
        if (saving) saveSoon();
        text.reserveSearch();
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
    briefingBySlug(name: string): ServedBriefing | undefined {
      const slug = normalizeName(name).replace(/ /g, '-');
      return byId.get(slug) ?? byId.get(byAlias.get(slug) ?? '');
    },
    /** Every briefing, most recently updated first. */
    briefings(): ServedBriefing[] {
      sorted ??= [...byId.values()].sort(newestFirst);
      return sorted;
    },
    speaker: (id: string) => speakers.get(id),
    speakers: () => speakers.all(),
    briefingsOf,
    /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
    groupsOf: (speakerId: string) => speakers.groupsOf(speakerId),
    /**
     * A speaker's statements, and those of groups they belong to, newest first (by when they
     * were said, else when the events happened), in article order within one briefing.
     */
    statementsOf(speakerId: string): readonly StatementEntry[] {
      const cached = statementLists.get(speakerId);
      if (cached?.version === version) return cached.entries;
      const ids = new Set([speakerId, ...speakers.groupsOf(speakerId)]);
      const entries = listStatements(ids, briefingsOf);
      if (statementLists.size >= KEPT_STATEMENT_LISTS)
        statementLists.delete(statementLists.keys().next().value ?? '');
      statementLists.delete(speakerId);
      statementLists.set(speakerId, { version, entries });
      return entries;
    },
    /** How far the full-text index has got, for a note while a large load is being indexed. */
    textProgress: () => ({ pending: unindexed.size, total: byId.size }),
    /** Resolves when every briefing is in the full-text index. */
    textReady: () => draining ?? Promise.resolve(),
    /** Saves the full-text snapshot now if it is behind the index (a shutdown). */
    saveIndex(): void {
      if (saving) clearTimeout(saving);
      saving = undefined;
      // A write in slices still under way would not finish before the process ends.
      if (writing) {
        textChanged = true;
        names.markChanged();
      }
      if (!draining) saveSnapshot(true);
    },
    /** Full-text search, best first: the briefings that match, with the words that matched. */
    search: (query: string): BriefingHit[] => text.search(query),
    /** The best `limit` matches of a full-text search, and how many match in all. */
    searchTop: (query: string, limit: number) => text.searchTop(query, limit),
    bodyOf: (briefing) => served(briefing).readBody(true),
    statementCount: (briefing) => served(briefing).cues.speakers.length,
    /** A briefing's passages, as search and quotes show them. */
    passages(briefing: BriefingHead): Passage[] {
      return passagesOf(briefing, served(briefing).readBody(true), speakerName);
    },
    topics,
    names: speakers.names,
  };
  library.update(initial);
  return library;
}
