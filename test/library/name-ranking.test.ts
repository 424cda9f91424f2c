import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/content/normalize.ts';
import { createNameIndex, processTerm } from '../../src/library/name-index.ts';

// The name index's ranked lookups (typos, words in any order) must rank as MiniSearch did when it
// held the names: MiniSearch, set up as the name index once set it up, is the reference here.
const entries: [string, string[]][] = [
  ['putin', ['Vladimir Putin', 'Putin', 'President Putin']],
  ['kim-jong-un', ['Kim Jong Un', 'Kim']],
  ['blinken', ['Antony Blinken', 'Blinken']],
  ['lavrov', ['Sergei Lavrov', 'Lavrov']],
  ['peskov', ['Dmitry Peskov']],
  ['shoigu', ['Sergei Shoigu']],
  ['yoon', ['Yoon Suk Yeol', 'Yoon']],
  ['kishida', ['Fumio Kishida']],
  ['stoltenberg', ['Jens Stoltenberg']],
  ['russia-dprk', ['Russia and North Korea sign defence pact', 'russia dprk', 'Sanctions', 'Arms']],
  ['grain-deal', ['Black Sea grain deal collapses', 'Grain', 'Shipping routes']],
  ['kremlin', ['The Kremlin', 'Kremlin spokesman']],
  ['north-korea-ministry', ['North Korean foreign ministry']],
  ['sergeev', ['Sergey Sergeev']],
  ['petrov', ['Petr Petrov', 'Petrova']],
];

function reference() {
  const mini = new MiniSearch<{ id: string; labels: string }>({ fields: ['labels'], processTerm });
  for (const [id, names] of entries) {
    const labels = [...new Set(names.map(normalizeName).filter((label) => label !== ''))];
    mini.add({ id, labels: labels.join(' | ') });
  }
  const search = (query: string, fuzzy: number, combineWith: 'AND' | 'OR') =>
    mini.search(normalizeName(query), {
      combineWith,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 && fuzzy > 0 ? fuzzy : false),
    });
  return search;
}

const queries = [
  'vladmir putn',
  'blinkn',
  'sergei',
  'serg',
  'lavorv',
  'kim jong',
  'stoltenbreg',
  'kishda fumio',
  'russia korea',
  'grain shiping',
  'kreml',
  'north korean',
  'petrov',
  'peskv dmitri',
  'yoon suk',
];

describe('the name index, ranked', () => {
  const names = createNameIndex();
  for (const [id, labels] of entries) names.set(id, labels);
  const search = reference();

  it('matches loosely as MiniSearch did: the same entries, scores and order', () => {
    for (const query of queries) {
      const ours = names.match(query);
      const theirs = search(query, 0.25, 'AND');
      if (ours.exact) throw new Error(`"${query}" named an entry exactly`);
      expect(theirs.length, query).toBeGreaterThan(0);
      expect(
        ours.ranked.map((hit) => hit.id),
        query,
      ).toEqual(theirs.map((hit) => String(hit.id)));
      ours.ranked.forEach((hit, i) => {
        expect(hit.score, query).toBeCloseTo(theirs[i]?.score ?? Number.NaN, 9);
      });
    }
  });

  it('suggests the nearest names as MiniSearch did, with wider typos and any word', () => {
    for (const query of [...queries, 'stoltz', 'xyzzy lavrov', 'serbeev']) {
      const theirs = search(query, 0.4, 'OR').map((hit) => String(hit.id));
      const expected =
        theirs.length > 0
          ? theirs
          : search(
              normalizeName(query)
                .split(' ')
                .map((word) => word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))))
                .join(' '),
              0,
              'OR',
            ).map((hit) => String(hit.id));
      expect(names.nearest(query, 50), query).toEqual(expected);
    }
  });

  it('forgets a removed entry in its ranked lookups', () => {
    const index = createNameIndex();
    for (const [id, labels] of entries) index.set(id, labels);
    index.remove('lavrov');
    const found = index.match('lavorv');
    expect(found.exact ? found.ids : found.ranked.map((hit) => hit.id)).not.toContain('lavrov');
    expect(index.nearest('sergei', 10)).not.toContain('lavrov');
    expect(index.nearest('sergei', 10)).toContain('shoigu');
  });
});
