import { createLengthNorms } from './bm25-formula.ts';
import { editDistanceWithin } from './edit-distance.ts';
import { bestOfExpanded, type Stand } from './expanded-search.ts';
import { createKeptScores, KEPT_WORDS } from './kept-scores.ts';
import { createLiveDocuments } from './live-documents.ts';
import { append, holdsDoc, type PostingMap, type Postings } from './postings.ts';
import { addField, clearSums, createSearchSums, scoredHits } from './search-sums.ts';
import { bestOf, bestOfAll, type FieldPostings, termScores } from './term-scores.ts';
import { createVocabulary } from './vocabulary.ts';

export { editDistanceWithin };

/**
 * A full-text index that ranks exactly as MiniSearch 7 does (BM25 per field with its parameters,
 * field boosts, its prefix and fuzzy weights, AND and OR with its quality factor), held as plain
 * arrays of postings and scored in one pass into typed arrays.
 *
 * Why not MiniSearch itself: it scores every matching document and, for each field a word is in,
 * allocates or updates a result object, then builds one more object per document to return. A
 * word found in most briefings ("talks", "sanctions") makes that tens of thousands of objects
 * per query: at 10,000 briefings a two-word search took 60 to 150 ms, nearly all of it there,
 * whatever the number of fields. Summing scores into a Float64Array indexed by document costs a
 * few nanoseconds per posting and allocates only for the documents returned. MiniSearch is kept
 * as the reference: the tests check this index's scores against it.
 */

/** MiniSearch's default tokenizer: runs of spaces and punctuation separate words. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Postings a word needs (in all fields) before its scores are kept for the threshold search:
 * rarer words are summed directly in less time than keeping their scores would take.
 */
const COMMON_WORD = 2000;

export type { Postings };

export interface SearchOptions {
  /** Whether a document must match every word or any (the default, as in MiniSearch). */
  combineWith?: 'AND' | 'OR';
  /** Whether a query word also matches longer words that start with it. */
  prefix?: (term: string) => boolean;
  /** How many edits (insertions, deletions, substitutions) a match may be from the word. */
  fuzzy?: (term: string) => number | false;
}

export interface Hit {
  id: string;
  score: number;
  /** The indexed words that matched (a typo's correction rather than the typo). */
  terms: readonly string[];
}

/**
 * Everything an index holds, with no removed documents: what a snapshot saves, and what an index
 * can start from instead of adding every document again.
 */
export interface Bm25State {
  /** Documents by ordinal. */
  ids: string[];
  /** Per field, each document's length. */
  lengths: ArrayLike<number>[];
  /** Per word, per field: the documents holding it and how often. */
  postings: PostingMap;
  /**
   * Per document, 1 if it is still indexed; none when every document is. Removed documents keep
   * their postings until a compaction, and a snapshot leaves them out as it writes.
   */
  live?: ArrayLike<number>;
}

export function createBm25Index<Field extends string>(options: {
  fields: readonly Field[];
  boost?: Partial<Record<Field, number>>;
  processTerm: (term: string) => string | null;
  /** What to start from (a snapshot's contents), instead of an empty index. */
  from?: Bm25State;
  /** Postings that make a word common (see COMMON_WORD); tests lower it to use that path. */
  commonWord?: number;
}) {
  const commonWord = options.commonWord ?? COMMON_WORD;
  const { fields, processTerm, from } = options;
  const boosts = fields.map((field) => options.boost?.[field] ?? 1);
  /** Documents by ordinal; ordinals are reused only after a compaction. */
  let ids: string[] = from ? [...from.ids] : [];
  // A loop, not a Map made from pairs: a pair per document was 100,000 arrays at a restart.
  const ordinals = new Map<string, number>();
  for (let ordinal = 0; ordinal < ids.length; ordinal++)
    ordinals.set(ids[ordinal] as string, ordinal);
  const live = createLiveDocuments(ids.length);
  /** Per field: each document's length (unique words, as MiniSearch counts it), and the total. */
  let lengths: number[][] = fields.map((_, f) => Array.from(from?.lengths[f] ?? []));
  const totals = lengths.map((byDoc) => byDoc.reduce((sum, length) => sum + length, 0));
  /** Per field, each document's length norm, made again after a change (see createLengthNorms). */
  const norms = createLengthNorms(fields.length);
  /** Per word, per field: the documents holding it and how often. */
  const postings: PostingMap = from ? from.postings : new Map();
  /** Common words' scores, valid until the index next changes (any change moves every score). */
  const wordScores = createKeptScores(
    (word, spare) => termScores(ids.length, fieldsOf(word, 1), live.removedOnes(), spare),
    () => ids.length,
  );

  const sums = createSearchSums();
  const vocabulary = createVocabulary(
    () => postings.keys(),
    (word) => postings.has(word),
  );

  const termsOf = (text: string) =>
    text.split(SPACE_OR_PUNCTUATION).flatMap((token) => processTerm(token) || []);

  /** Drops removed documents from every posting list and renumbers the rest. */
  function compact(): void {
    wordScores.clear();
    norms.changed();
    const remap = new Int32Array(ids.length).fill(-1);
    const kept: string[] = [];
    ids.forEach((id, ordinal) => {
      if (!live.isLive(ordinal)) return;
      remap[ordinal] = kept.length;
      ordinals.set(id, kept.length);
      kept.push(id);
    });
    lengths = lengths.map((byDoc) => byDoc.filter((_, ordinal) => (remap[ordinal] ?? -1) >= 0));
    for (const [term, byField] of postings) {
      let any = false;
      byField.forEach((list, f) => {
        if (!list) return;
        const kept: Postings = { pairs: new Int32Array(list.size * 2), size: 0 };
        for (let i = 0; i < list.size; i++) {
          const to = remap[list.pairs[2 * i] as number] ?? -1;
          if (to >= 0) append(kept, to, list.pairs[2 * i + 1] as number);
        }
        byField[f] = kept.size > 0 ? kept : undefined;
        any ||= kept.size > 0;
      });
      if (!any) postings.delete(term);
    }
    // Words whose every posting went are gone from the index: sort the vocabulary afresh.
    vocabulary.reset();

    ids = kept;
    live.reset(kept.length);
  }

  /** The indexed words a query word stands for, with the weight MiniSearch gives each. */
  function expand(term: string, search: SearchOptions): [string, number][] {
    const found: [string, number][] = postings.has(term) ? [[term, 1]] : [];
    const prefix = search.prefix?.(term) ?? false;
    const fuzzy = search.fuzzy?.(term) || 0;
    return prefix || fuzzy > 0 ? [...found, ...vocabulary.weighted(term, prefix, fuzzy)] : found;
  }

  return {
    has: (id: string) => ordinals.has(id),
    /**
     * The index as it stands, to be saved, never changed by the caller. Not compacted: compacting
     * rewrites every posting list at once (about a second at 100,000 briefings, which held up
     * the first save after a restart); the snapshot skips removed documents as it writes instead.
     */
    state(): Bm25State {
      const marks = live.marks();
      return { ids, lengths, postings, ...(marks ? { live: marks } : {}) };
    },
    /** Indexes a document; every field is text (an empty string for none). */
    add(id: string, document: Record<Field, string>): void {
      if (ordinals.has(id)) throw new Error(`already indexed: ${id}`);
      wordScores.clear();
      norms.changed();
      const ordinal = ids.length;
      ids.push(id);
      ordinals.set(id, ordinal);
      live.added(ordinal);
      // Plain loops, and the text split once for its length and its words: the names of every
      // briefing and speaker are added at each start, and a closure per field and per word (which
      // tsx also names, each time) made adding them take 1.27 s at 100,000 rather than 0.80.
      for (let f = 0; f < fields.length; f++) {
        const tokens = document[fields[f] as Field].split(SPACE_OR_PUNCTUATION);
        const length = new Set(tokens).size;
        (lengths[f] as number[])[ordinal] = length;
        totals[f] = (totals[f] ?? 0) + length;
        const counts = new Map<string, number>();
        for (let t = 0; t < tokens.length; t++) {
          const term = processTerm(tokens[t] as string);
          if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        for (const [term, count] of counts) {
          const byField = postings.get(term) ?? [];
          if (byField.length === 0) {
            postings.set(term, byField);
            vocabulary.added(term);
          }
          const list = byField[f] ?? { pairs: new Int32Array(2), size: 0 };
          byField[f] = list;
          append(list, ordinal, count);
        }
      }
    },
    remove(id: string): void {
      const ordinal = ordinals.get(id);
      if (ordinal === undefined) return;
      wordScores.clear();
      norms.changed();
      ordinals.delete(id);
      live.removed(ordinal);
      fields.forEach((_, f) => {
        totals[f] = (totals[f] ?? 0) - (lengths[f]?.[ordinal] ?? 0);
      });
      // Removed documents are skipped while scoring; their postings go once they are half the
      // index, so that replacing every briefing compacts a few times rather than per briefing.
      if (live.removedCount() >= 20 && live.removedCount() > live.count()) compact();
    },
    /**
     * The documents (still indexed) that hold a word, in the order they were added: what a name
     * completion walks, without a second map of words to documents beside the postings.
     */
    *documentsWith(word: string): Generator<string> {
      const lists = (postings.get(word) ?? []).filter((list) => list !== undefined);
      const single = lists.length === 1 ? lists[0] : undefined;
      let ordinals: ArrayLike<number>;
      let step = 2;
      if (single !== undefined) ordinals = single.pairs.subarray(0, single.size * 2);
      else {
        // In several fields: their documents merged, in order, once each.
        const merged = new Set<number>();
        for (const list of lists)
          for (let i = 0; i < list.size; i++) merged.add(list.pairs[2 * i] as number);
        ordinals = Int32Array.from(merged).sort();
        step = 1;
      }
      for (let i = 0; i < ordinals.length; i += step) {
        const ordinal = ordinals[i] as number;
        if (live.isLive(ordinal)) yield ids[ordinal] as string;
      }
    },
    /** The indexed words that begin with `prefix` (itself included), in sorted order. */
    wordsStartingWith: (prefix: string) => vocabulary.startingWith(prefix),
    /**
     * Makes, in idle turns once this is called, the arrays that the first searches of common
     * words would otherwise make as they go (see `reservedScores`): for as many words as are
     * kept, and no more than there are common words. With room for an eighth more documents
     * than now, about what the index gains before a compaction renumbers it.
     */
    reserveSearch(): void {
      setImmediate(() => {
        let common = 0;
        for (const word of postings.keys())
          if (postingCount(word) >= commonWord && ++common >= KEPT_WORDS) break;
        if (common === 0) return;
        wordScores.reserve(common, ids.length + (ids.length >> 3) + 64);
      }).unref();
    },
    /** Matching documents, best first (ties in the order they were added). */
    search(query: string, search: SearchOptions = {}): Hit[] {
      return run(query, search, Number.POSITIVE_INFINITY).hits;
    },
    /**
     * The best `limit` matching documents and how many match in all: a page of results without
     * sorting (and building a result for) every document that matches a common word.
     */
    top(query: string, search: SearchOptions, limit: number): { total: number; hits: Hit[] } {
      return run(query, search, limit);
    },
  };

  function postingCount(term: string): number {
    let count = 0;
    for (const list of postings.get(term) ?? []) count += list?.size ?? 0;
    return count;
  }

  /**
   * What scoring one field's postings of a word needs: its scale (idf, boost and `weight`), the
   * field's average length and its lengths by document; undefined when no live document holds it.
   */
  function fieldPostings(
    list: { pairs: ArrayLike<number>; size: number },
    f: number,
    weight: number,
  ): FieldPostings | undefined {
    const { pairs, size } = list;
    const df = live.liveIn(list);
    if (df === 0) return undefined;
    const idf = Math.log(1 + (live.count() - df + 0.5) / (df + 0.5));
    return { pairs, size, scale: weight * (boosts[f] ?? 1) * idf, norms: normsOf(f) };
  }

  function normsOf(f: number): Float64Array {
    return norms.of(f, lengths[f] as number[], ids.length, (totals[f] ?? 0) / live.count());
  }

  /** A word's postings in every field that holds it, scaled by `weight`. */
  function fieldsOf(word: string, weight: number): FieldPostings[] {
    return (postings.get(word) ?? []).flatMap((list, f) => {
      const field = list && fieldPostings(list, f, weight);
      return field ? [field] : [];
    });
  }

  /** A word a query word stands for, as the expanded search takes it (see expanded-search.ts). */
  function standOf(word: string, factor: number): Stand {
    return postingCount(word) >= commonWord
      ? { kind: 'common', scores: wordScores.get(word), factor }
      : { kind: 'rare', fields: fieldsOf(word, factor) };
  }

  function run(query: string, search: SearchOptions, limit: number) {
    if (live.removedCount() >= 20 && live.removedCount() * 10 >= ids.length) compact();
    const multiplicity = new Map<string, number>();
    for (const term of termsOf(query)) multiplicity.set(term, (multiplicity.get(term) ?? 0) + 1);
    if (multiplicity.size === 0 || live.count() === 0) return { total: 0, hits: [] };
    const all = search.combineWith === 'AND';
    const expansions = [...multiplicity].map(([term, times]) => ({
      term,
      times,
      words: expand(term, search),
    }));
    // A word that stands for nothing indexed matches no document, so AND matches none: without
    // this, a search with one unknown word scanned every other word's postings to find nothing,
    // twice (as typed, then loosely) before any word would do (about 100 ms at 100,000).
    if (all && expansions.some((e) => e.words.length === 0)) return { total: 0, hits: [] };
    // With AND and only the words as typed, every hit matched exactly the query's words.
    const plain =
      all && expansions.every((e) => e.words.length === 1 && e.words[0]?.[0] === e.term);
    // Shared by every hit, and so frozen.
    const queryWords = Object.freeze([...multiplicity.keys()]);
    // The words each shown document matched, in query order: looked up for these few only.
    const matchedWords = (doc: number): string[] => {
      const found: string[] = [];
      for (const { words } of expansions)
        for (const [word] of words)
          if (!found.includes(word) && holdsDoc(postings.get(word), doc)) found.push(word);
      return found;
    };
    const common = (word: string) => postingCount(word) >= commonWord;
    // Every word common and as typed: the threshold walk. Some word common: the expanded search.
    const walk = plain && expansions.every((e) => common(e.term));
    if (walk || (all && expansions.some((e) => e.words.some(([word]) => common(word))))) {
      const ranked = walk
        ? bestOfAll(
            expansions.map((e) => wordScores.get(e.term, true)),
            expansions.map((e) => e.times),
            limit,
          )
        : bestOfExpanded(
            ids.length,
            expansions.map(({ times, words }) =>
              words.map(([word, weight]) => standOf(word, times * weight)),
            ),
            limit,
            live.marks(),
          );
      wordScores.searched();
      const hits = ranked.docs.map((doc, i) => ({
        id: ids[doc] as string,
        score: ranked.scores[i] as number,
        terms: plain ? queryWords : matchedWords(doc),
      }));
      return { total: ranked.total, hits };
    }
    const buffers = sums.scratch(ids.length);
    const { score } = buffers;
    let touchedCount = 0;
    // Sums added in place, matches in a typed buffer, and the words matched looked up only for
    // the page shown: an array of matched words kept for every matching document (tens of
    // thousands for a common word), and every match pushed onto an array, made a loose search
    // 150 to 250 ms at 100,000 briefings.
    expansions.forEach(({ times, words }, q) => {
      for (const [word, weight] of words)
        for (const field of fieldsOf(word, times * weight))
          touchedCount = addField(field, q + 1, buffers, touchedCount, live.marks());
    });
    const hits = scoredHits(buffers, touchedCount, all ? multiplicity.size : 0);
    const best = bestOf(hits, score, limit);
    const results = best.map((doc) => ({
      id: ids[doc] as string,
      score: score[doc] as number,
      terms: plain ? queryWords : matchedWords(doc),
    }));
    clearSums(buffers, touchedCount);
    return { total: hits.length, hits: results };
  }
}
