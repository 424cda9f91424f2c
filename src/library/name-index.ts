import { normalizeName } from '../content/normalize.ts';
import { type Bm25State, createBm25Index } from './bm25-index.ts';

// Joining words carry no meaning for names: "russia and north korea" should match on the rest.
const joiningWords = new Set([
  'and',
  'of',
  'the',
  'in',
  'on',
  'to',
  'a',
  'an',
  'with',
  'between',
  'vs',
]);

/** A word already in normalised form: every label word as it is indexed. */
const FOLDED_WORD = /^[a-z0-9]+$/;

/** A word of a name as it is indexed and searched: folded, joining words left out. */
export function processTerm(term: string): string | null {
  // Labels are normalised before they are indexed, so their words need no folding again.
  const folded = FOLDED_WORD.test(term) ? term : normalizeName(term);
  return folded === '' || joiningWords.has(folded) ? null : folded;
}

/** Words of at least this length complete by prefix (MiniSearch's rule below, kept the same). */
const PREFIX_FROM = 3;

/**
 * Entries whose exact names a restore puts back per idle turn: about 10 ms of a busy machine's
 * time, so a command arriving meanwhile waits little longer for its turn.
 */
const RESTORE_SLICE = 2000;

/**
 * Entries looked at for one completion at most before falling back to a ranked search: enough
 * for a page of completions even when most candidates lack another word typed.
 */
const COMPLETION_SCAN = 2000;

/**
 * The words of an entry's labels, joining words left out; a word may come more than once.
 * Labels are normalised names, their words apart by single spaces.
 */
function wordsOf(labels: readonly string[]): string[] {
  const words: string[] = [];
  for (const label of labels)
    for (const word of label.split(' '))
      if (word !== '' && !joiningWords.has(word)) words.push(word);
  return words;
}

/** Ids under a key: one held alone, several in a Set (nearly every key has one). */
type Ids = string | Set<string>;

/** Adds `id` under `key`. */
function addId(map: Map<string, Ids>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'string') map.set(key, new Set([ids, id]));
  else ids.add(id);
}

/** Removes `id` from under `key`; a Set left with one id gives way to the id alone. */
function dropId(map: Map<string, Ids>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === id) map.delete(key);
  else if (typeof ids === 'object') {
    ids.delete(id);
    if (ids.size === 1) map.set(key, ids.values().next().value as string);
  }
}

/**
 * A name index as saved: its ranked search's words and postings, and each entry's labels (the
 * exact names, kept beside them for exact lookups and completions).
 */
export interface NameIndexState {
  ranked: Bm25State;
  labels: ReadonlyMap<string, readonly string[]>;
}

/** A restore's entries still to put back in the exact names, and which comes next. */
interface Restoring {
  ids: string[];
  labels: ReadonlyMap<string, readonly string[]>;
  next: number;
}

const noneRestoring = (): Restoring => ({ ids: [], labels: new Map(), next: 0 });

/** How well a query names an entry: exactly (an id, name or alias) or by near spelling. */
export type NameMatch =
  | { exact: true; ids: string[] }
  | { exact: false; ranked: { id: string; score: number }[] };

/**
 * Names for a set of entries (briefings or speakers), looked up exactly first and then fuzzily,
 * ignoring case, accents and punctuation. Entries are replaced one at a time, so a changed file
 * costs only its own entries.
 */
export function createNameIndex() {
  // Nearly every name belongs to one entry, so that entry's id is held alone; a Set per name
  // cost ~5 MB at 10,000 briefings. Several ids are kept in a Set, in the order they were added:
  // a tag names thousands of briefings at 100,000, and an array's search on every add and
  // remove made loading them quadratic (26 s of a 100,000-briefing start).
  const exact = new Map<string, Ids>();
  const idsOf = (label: string): readonly string[] | undefined => {
    const ids = exact.get(label);
    return typeof ids === 'string' ? [ids] : ids && [...ids];
  };
  const labelsOf = new Map<string, string[]>();
  /**
   * Every word of every label, to the entries that have it, and the ranked search that allows
   * typos: the full-text index's engine, which ranks as MiniSearch does (bm25-index.ts).
   * MiniSearch built a search tree here that took 1.6 s of a 100,000-briefing start, beside a
   * map of every word to its entries kept for completions, another 0.8 s. Its postings and its
   * sorted words are what a completion walks: the words that begin with what was typed, and the
   * entries that have each, stopping once it has enough. MiniSearch's prefix search scored every
   * entry of every such word first; at 100,000 briefings three letters of a common surname are
   * thousands of people, and a completion took up to 160 ms.
   */
  let ranked = createBm25Index({ fields: ['labels'], processTerm });
  /**
   * The exact names a restore brought that are not yet in `exact` and `labelsOf`, and the
   * changes made since, in the order made. Putting 100,000 briefings' names (half a million)
   * in a map took about 0.6 s of a restart at 100,000, and a start's own changes come after
   * them. They are put back in idle turns once the start is done; anything that reads the exact
   * names first puts back the rest, so every answer is as if they had been put back at once.
   */
  let restoring = noneRestoring();
  const queued: [string, string[] | undefined][] = [];
  let queuedNext = 0;

  const behind = () => restoring.next < restoring.ids.length || queuedNext < queued.length;

  function putNames(id: string, labels: string[]): void {
    labelsOf.set(id, labels);
    for (const label of labels) addId(exact, label, id);
  }

  function dropNames(id: string): void {
    const labels = labelsOf.get(id);
    if (labels === undefined) return;
    for (const label of labels) dropId(exact, label, id);
    labelsOf.delete(id);
  }

  /** Puts back up to `limit` entries' names, restored ones first, then the changes since. */
  function catchUp(limit: number): void {
    let done = 0;
    for (; restoring.next < restoring.ids.length && done < limit; done++) {
      const id = restoring.ids[restoring.next++] as string;
      // Taken as they are, not copied: a snapshot's labels are read for this index alone.
      putNames(id, restoring.labels.get(id) as string[]);
    }
    // All put back: the snapshot's labels are let go. (Stopped short, `done` is at the limit.)
    if (restoring.next === restoring.ids.length && restoring.ids.length > 0)
      restoring = noneRestoring();
    for (; queuedNext < queued.length && done < limit; done++) {
      const [id, labels] = queued[queuedNext++] as [string, string[] | undefined];
      dropNames(id);
      if (labels !== undefined) putNames(id, labels);
    }
    if (queuedNext === queued.length && queuedNext > 0) {
      queued.length = 0;
      queuedNext = 0;
    }
  }

  /** Before the exact names are read: whatever is still to put back, at once. */
  function caughtUp(): void {
    if (behind()) catchUp(Number.POSITIVE_INFINITY);
  }

  /** A slice per idle turn until all is put back (a lookup meanwhile may finish it first). */
  function catchUpWhenIdle(): void {
    const turn = setImmediate(() => {
      catchUp(RESTORE_SLICE);
      if (behind()) catchUpWhenIdle();
    });
    // Only idle work: a process with nothing else to do need not stay up for it.
    turn.unref();
  }

  /** Replaces an entry's exact names (none: removes them), after whatever is still to put back. */
  function rename(id: string, labels: string[] | undefined): void {
    if (behind()) {
      queued.push([id, labels]);
      return;
    }
    dropNames(id);
    if (labels !== undefined) putNames(id, labels);
  }

  function remove(id: string): void {
    rename(id, undefined);
    ranked.remove(id);
  }

  function search(query: string, fuzzy: number, combineWith: 'AND' | 'OR') {
    return ranked.search(query, {
      combineWith,
      prefix: (term) => term.length >= 3,
      // MiniSearch's rule for a fraction: that share of the word's letters, rounded, at most 6.
      // (No typos at all for a fraction of 0: a rounded 0 is no fuzzy search.)
      fuzzy: (term) =>
        term.length >= 4 ? Math.min(6, Math.round(term.length * fuzzy)) || false : false,
    });
  }

  return {
    /** Sets (or replaces) the names an entry answers to. */
    set(id: string, names: readonly string[]): void {
      const labels = [...new Set(names.map(normalizeName).filter((label) => label !== ''))];
      rename(id, labels);
      ranked.remove(id);
      ranked.add(id, { labels: labels.join(' | ') });
    },
    remove,
    /**
     * Starts an empty index from a saved one: its words and postings are taken as they are, not
     * worked out again from every label (adding 100,000 briefings' names took over a second of a
     * restart); only the exact names are put back in their map, in idle turns (see `restoring`).
     */
    restore(from: NameIndexState): void {
      if (labelsOf.size > 0 || behind())
        throw new Error('a name index is restored only while empty');
      const next = createBm25Index({ fields: ['labels'], processTerm, from: from.ranked });
      for (const id of from.ranked.ids) {
        const labels = from.labels.get(id);
        if (labels === undefined) throw new Error(`no labels saved for ${id}`);
      }
      ranked = next;
      // A copy of the ids: the ranked index adds to and compacts its own list as entries change.
      restoring = { ids: [...from.ranked.ids], labels: from.labels, next: 0 };
      catchUpWhenIdle();
    },
    /** Entries whose exact names a restore has still to put back, and changes queued after them. */
    namesBehind: (): number => restoring.ids.length - restoring.next + queued.length - queuedNext,
    /** What `restore` starts from: the index as it stands, never changed by the caller. */
    state: (): NameIndexState => {
      caughtUp();
      return { ranked: ranked.state(), labels: labelsOf };
    },
    /** Exact matches if any; otherwise entries whose names contain every word, allowing typos. */
    match(query: string): NameMatch {
      caughtUp();
      const key = normalizeName(query);
      if (key === '') return { exact: false, ranked: [] };
      const ids = idsOf(key);
      if (ids !== undefined && ids.length > 0) return { exact: true, ids: [...ids].sort() };
      return {
        exact: false,
        ranked: search(key, 0.25, 'AND').map(({ id, score }) => ({ id, score })),
      };
    },
    /** The nearest names to an unknown query, loosely: any word, wider typos. */
    nearest(query: string, limit: number): string[] {
      const key = normalizeName(query);
      if (key === '') return [];
      let hits = search(key, 0.4, 'OR');
      if (hits.length === 0) {
        // A word mistyped near its end ("stoltz") shares a beginning with the name it meant.
        const stems = key
          .split(' ')
          .map((word) => word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))));
        hits = search(stems.join(' '), 0, 'OR');
      }
      return hits.slice(0, limit).map((hit) => String(hit.id));
    },
    /**
     * Completions for a partly typed name (autocomplete): entries named exactly so first, then
     * those with a word that is the last word typed, then those with a word that begins with it,
     * each also having every other word typed (whole or begun). Only when these come to fewer
     * than `limit` is the rest filled from the ranked search, which also allows typos.
     */
    complete(partial: string, limit: number): string[] {
      caughtUp();
      const key = normalizeName(partial);
      if (key === '') return [];
      const found = new Set<string>(idsOf(key) ?? []);
      const typed = wordsOf([key]);
      const last = typed.at(-1);
      const others = typed.slice(0, -1);
      if (last !== undefined && found.size < limit) {
        const fits = (id: string) => {
          if (others.length === 0) return true;
          const own = wordsOf(labelsOf.get(id) ?? []);
          return others.every((word) => own.some((w) => w.startsWith(word)));
        };
        let scanned = 0;
        const visit = (word: string): boolean => {
          for (const id of ranked.documentsWith(word)) {
            if (++scanned > COMPLETION_SCAN) return false;
            if (!found.has(id) && fits(id)) found.add(id);
            if (found.size >= limit) return false;
          }
          return true;
        };
        if (visit(last) && last.length >= PREFIX_FROM) {
          for (const word of ranked.wordsStartingWith(last))
            if (word !== last && !visit(word)) break;
        }
      }
      if (found.size < limit)
        for (const hit of search(key, 0.25, 'AND')) {
          found.add(String(hit.id));
          if (found.size >= limit) break;
        }
      return [...found].slice(0, limit);
    },
  };
}

export type NameIndex = ReturnType<typeof createNameIndex>;
