import { describe, expect, it } from 'vitest';
import { createBm25Index, editDistanceWithin } from '../../src/library/bm25-index.ts';
import { createVocabulary, type NearWord } from '../../src/library/vocabulary.ts';

// Randomised checks of the two shortcuts a search takes: the threshold walk over common words'
// banded scores, against a full scan of the same index; and the sorted vocabulary's near
// spellings, against comparing the word with every word. Seeded, so a failure repeats.

/** A small seeded generator (mulberry32), so that every run draws the same corpora. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

const fields = ['title', 'body'] as const;
const processTerm = (term: string) => (term === '' ? null : term.toLowerCase());
const words = Array.from({ length: 24 }, (_, i) => `w${i}`);

/** A corpus where a few words are in most documents, at uneven counts and lengths. */
function corpus(seed: number, size: number) {
  const random = seeded(seed);
  // Word i is drawn with a weight that falls with i: w0 is everywhere, w23 rare.
  const pick = () => words[Math.min(words.length - 1, Math.floor(-Math.log(random.next()) * 4))];
  return Array.from({ length: size }, (_, d) => {
    const text = (n: number) => Array.from({ length: n }, pick).join(' ');
    return { id: `d${d}`, title: text(1 + random.int(4)), body: text(3 + random.int(40)) };
  });
}

/**
 * Two indexes of the same documents: one taking the shortcuts for words with `commonWord`
 * postings or more, one that always scans, changed together.
 */
function twin(commonWord: number, boost: Record<string, number> = {}) {
  const walk = createBm25Index({ fields, processTerm, boost, commonWord });
  const scan = createBm25Index({ fields, processTerm, boost, commonWord: Infinity });
  return {
    walk,
    scan,
    add(id: string, doc: { title: string; body: string }) {
      walk.add(id, doc);
      scan.add(id, doc);
    },
    remove(id: string) {
      walk.remove(id);
      scan.remove(id);
    },
  };
}

/** A hit as both indexes give it. */
type Hit = { id: string; score: number; terms: readonly string[] };

/**
 * That a page has the scan's total and its first `limit` documents in order and, if asked, their
 * scores and the words they matched.
 */
function expectScanPage(
  page: { total: number; hits: Hit[] },
  full: Hit[],
  limit: number,
  label: string,
  also: { scores?: boolean; terms?: boolean } = {},
) {
  expect(page.total, label).toBe(full.length);
  expect(
    page.hits.map((hit) => hit.id),
    label,
  ).toEqual(full.slice(0, limit).map((hit) => hit.id));
  page.hits.forEach((hit, i) => {
    if (also.scores) expect(hit.score, label).toBeCloseTo(full[i]?.score ?? Number.NaN, 9);
    if (also.terms) expect(hit.terms, label).toEqual(full[i]?.terms);
  });
}

describe('the threshold walk over common words', () => {
  it("gives a scan's page when words stand for several (typos, endings) or mix common and rare", () => {
    const loose = { prefix: () => true, fuzzy: () => 1 };
    for (let seed = 1; seed <= 5; seed++) {
      const docs = corpus(seed, 150 + seed * 70);
      const random = seeded(seed * 104729);
      // Common from a few dozen postings: some words are common and some rare, and a query word
      // stands for both kinds at once.
      const { walk, scan, add, remove } = twin(40, { title: 2 });
      // Every tenth document twice, so that pages hold ties (broken by the order added).
      const twice = docs.flatMap((doc, d) =>
        d % 10 === 0 ? [doc, { ...doc, id: `t${d}` }] : [doc],
      );
      for (const { id, ...doc } of twice) add(id, doc);
      // Half the queries before any removal, half after (removed documents are skipped).
      for (let q = 0; q < 40; q++) {
        if (q === 20) for (let i = 0; i < seed * 3; i++) remove(`d${random.int(docs.length)}`);
        // Typed words, typos of them (`w1x`, `x12`) and beginnings (`w`): each stands for several.
        const word = () => {
          const w = words[random.int(words.length)] as string;
          const form = random.int(4);
          return form === 0
            ? `${w}x`
            : form === 1
              ? `x${w.slice(1)}`
              : form === 2
                ? w
                : w.slice(0, 2);
        };
        const query = Array.from({ length: 1 + random.int(3) }, word).join(' ');
        for (const options of [
          { combineWith: 'AND' as const, ...loose },
          { combineWith: 'AND' as const },
        ]) {
          const full = scan.search(query, options);
          for (const limit of [1, 3, 10, 300]) {
            const page = walk.top(query, options, limit);
            const label = `seed ${seed}, "${query}", ${JSON.stringify(Object.keys(options))}, ${limit}`;
            expectScanPage(page, full, limit, label, { scores: true, terms: true });
          }
        }
      }
    }
  });

  it('keeps its answers when the arrays of dropped words are reused for other words', async () => {
    // More words than the index keeps scores for (32), searched in turn and between changes, so
    // that every word's scores are built in another word's arrays, some in a search that drops
    // its own earlier words (one query holds 40).
    const many = Array.from({ length: 90 }, (_, i) => `v${i}`);
    const random = seeded(4242);
    const text = (n: number) => Array.from({ length: n }, () => many[random.int(90)]).join(' ');
    const { walk, scan, add: addDoc, remove } = twin(1);
    const add = (d: number) => addDoc(`d${d}`, { title: text(2), body: text(60) });
    let next = 0;
    for (; next < 300; next++) add(next);
    // Documents holding all of the 40-word query, at different lengths, so that it has a page.
    for (let i = 0; i < 12; i++)
      addDoc(`all${i}`, { title: text(2), body: `${many.slice(0, 40).join(' ')} ${text(i * 9)}` });
    const queries = [
      ...many.map((word, i) => `${word} ${many[(i * 37) % 90]}`),
      many.slice(0, 40).join(' '),
      ...many.map((word) => word),
    ];
    const idle = () => new Promise((resolve) => setImmediate(resolve));
    for (let round = 0; round < 3; round++) {
      for (const [i, query] of queries.entries()) {
        // Now and then the event loop is idle between searches, and the words searched since are
        // ordered then; otherwise a word is ordered by its next search.
        if (i % 3 === round) await idle();
        const full = scan.search(query, { combineWith: 'AND' });
        const page = walk.top(query, { combineWith: 'AND' }, 5);
        const label = `round ${round}, "${query}"`;
        expectScanPage(page, full, 5, label);
      }
      // A change drops every kept word's scores: the next round builds them all in reused arrays,
      // for an index that has grown (so some arrays are too small) and lost a document.
      for (let i = 0; i < 40; i++) add(next++);
      remove(`d${round}`);
      // Words searched just before the change wait for an idle turn that finds them dropped.
      await idle();
    }
  });

  it('gives the same page, order, scores and total as a full scan, whatever the page size', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const docs = corpus(seed, 200 + seed * 80);
      const random = seeded(seed * 7919);
      const { walk, scan, add, remove } = twin(1, { title: 2 });
      for (const { id, ...doc } of docs) add(id, doc);
      // Some removals, so that dead documents are skipped (and, past a tenth, compacted away).
      for (let i = 0; i < seed * 4; i++) remove(`d${random.int(docs.length)}`);
      for (let q = 0; q < 16; q++) {
        const query = Array.from({ length: 1 + random.int(3) }, () => words[random.int(8)]).join(
          ' ',
        );
        const full = scan.search(query, { combineWith: 'AND' });
        for (const limit of [1, 2, 3, 5, 10, 40]) {
          const page = walk.top(query, { combineWith: 'AND' }, limit);
          const label = `seed ${seed}, "${query}", ${limit}`;
          expectScanPage(page, full, limit, label, { scores: true });
        }
      }
    }
  });
});

describe('the sorted vocabulary', () => {
  const key = (near: NearWord) => `${near.word}|${near.prefix}|${near.distance}`;
  /** What comparing the word with every word finds: the reference. */
  const everyWord = (all: Iterable<string>, term: string, prefix: boolean, fuzzy: number) => {
    const found: string[] = [];
    for (const word of all) {
      if (word === term) continue;
      if (prefix && word.startsWith(term)) found.push(`${word}|true|${word.length - term.length}`);
      else if (fuzzy > 0) {
        const distance = editDistanceWithin(term, word, fuzzy);
        if (distance !== undefined) found.push(`${word}|false|${distance}`);
      }
    }
    return found.sort();
  };

  it('finds what comparing with every word finds, as words are added and removed', () => {
    const random = seeded(42);
    const letters = 'abcde\u00e9\uffff';
    const word = (length: number) =>
      Array.from({ length }, () => letters[random.int(letters.length)]).join('');
    const indexed = new Set<string>();
    for (let i = 0; i < 400; i++) indexed.add(word(1 + random.int(6)));
    const vocabulary = createVocabulary(
      () => indexed.values(),
      (w) => indexed.has(w),
    );
    const check = () => {
      for (let i = 0; i < 300; i++) {
        const term = word(1 + random.int(6));
        for (const [prefix, fuzzy] of [
          [true, 1],
          [false, 1],
          [true, 0],
          [false, 2],
        ] as const) {
          const found = vocabulary.near(term, prefix, fuzzy).map(key).sort();
          expect(found, `${term} ${prefix} ${fuzzy}`).toEqual(
            everyWord(indexed, term, prefix, fuzzy),
          );
        }
      }
    };
    check();
    // Words new to the index, some with a first letter no word had.
    for (const added of ['zz', 'zebra', 'abc\u00e9', 'qa', word(3), word(5)]) {
      if (indexed.has(added)) continue;
      indexed.add(added);
      vocabulary.added(added);
    }
    check();
    // Words gone (a compaction): the vocabulary sorts again.
    for (const gone of [...indexed].slice(0, 100)) indexed.delete(gone);
    vocabulary.reset();
    check();
  });
});
