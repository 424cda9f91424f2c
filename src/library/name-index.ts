import MiniSearch from 'minisearch';
import { normalizeName } from '../content/normalize.ts';

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

function processTerm(term: string): string | null {
  const folded = normalizeName(term);
  return folded === '' || joiningWords.has(folded) ? null : folded;
}

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
  const exact = new Map<string, string | Set<string>>();
  const idsOf = (label: string): readonly string[] | undefined => {
    const ids = exact.get(label);
    return typeof ids === 'string' ? [ids] : ids && [...ids];
  };
  const labelsOf = new Map<string, string[]>();
  const mini = new MiniSearch<{ id: string; labels: string }>({
    fields: ['labels'],
    processTerm,
  });

  function remove(id: string): void {
    const labels = labelsOf.get(id);
    if (labels === undefined) return;
    for (const label of labels) {
      const ids = exact.get(label);
      if (ids === id) exact.delete(label);
      else if (typeof ids === 'object') {
        ids.delete(id);
        if (ids.size === 1) exact.set(label, ids.values().next().value as string);
      }
    }
    labelsOf.delete(id);
    mini.discard(id);
  }

  function search(query: string, fuzzy: number, combineWith: 'AND' | 'OR') {
    return mini.search(query, {
      combineWith,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 && fuzzy > 0 ? fuzzy : false),
    });
  }

  return {
    /** Sets (or replaces) the names an entry answers to. */
    set(id: string, names: readonly string[]): void {
      remove(id);
      const labels = [...new Set(names.map(normalizeName).filter((label) => label !== ''))];
      labelsOf.set(id, labels);
      for (const label of labels) {
        const ids = exact.get(label);
        if (ids === undefined) exact.set(label, id);
        else if (typeof ids === 'string') {
          if (ids !== id) exact.set(label, new Set([ids, id]));
        } else ids.add(id);
      }
      mini.add({ id, labels: labels.join(' | ') });
    },
    remove,
    has: (id: string) => labelsOf.has(id),
    /** Exact matches if any; otherwise entries whose names contain every word, allowing typos. */
    match(query: string): NameMatch {
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
    /** Ranked completions for a partly typed name (autocomplete). */
    complete(partial: string, limit: number): string[] {
      const key = normalizeName(partial);
      if (key === '') return [];
      const ids = idsOf(key);
      const ranked = search(key, 0.25, 'AND').map((hit) => String(hit.id));
      return [...new Set([...(ids ? [...ids] : []), ...ranked])].slice(0, limit);
    },
  };
}

export type NameIndex = ReturnType<typeof createNameIndex>;
