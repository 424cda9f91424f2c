import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../../src/library/name-index.ts';

// The order a completion promises (named exactly, then a whole word, then longer words in
// alphabetical order, each in the order entries were added), which the ranked search it falls
// back on would not give: these tests fail if the walk stops or strays.
function desk() {
  const names = createNameIndex();
  // Chosen so that the ranked search would order them otherwise: it puts the shorter label of a
  // whole word first (w1), and the nearer longer word first (putt before putinovich).
  names.set('w2', ['Jane Mary Put Smith']);
  names.set('p1', ['David Putt']);
  names.set('e1', ['Put']);
  names.set('w1', ['Ann Put']);
  names.set('p0', ['Vladimir Putinovich']);
  names.set('far', ['Lou Reed']);
  return names;
}

describe('a completion walk', () => {
  it('gives the entry named exactly, then whole words, then longer words in order', () => {
    expect(desk().complete('put', 10)).toEqual(['e1', 'w2', 'w1', 'p0', 'p1']);
  });

  it('stops at the limit, wherever in the walk it falls', () => {
    const names = desk();
    expect(names.complete('put', 1)).toEqual(['e1']);
    expect(names.complete('put', 3)).toEqual(['e1', 'w2', 'w1']);
    expect(names.complete('put', 4)).toEqual(['e1', 'w2', 'w1', 'p0']);
    names.set('e2', ['put']);
    expect(names.complete('put', 1)).toEqual(['e1']);
  });

  it('keeps entries with every other word typed, begun at the start of a word', () => {
    const names = desk();
    expect(names.complete('jane put', 10)).toEqual(['w2']);
    expect(names.complete('ja put', 10)).toEqual(['w2']);
    expect(names.complete('vlad put', 10)).toEqual(['p0']);
    expect(names.complete('ann jane put', 10)).toEqual([]);
    expect(names.complete('ne put', 10)).toEqual([]);
  });

  it('leaves out joining words typed, as names are indexed without them', () => {
    const names = desk();
    expect(names.complete('jane and put', 10)).toEqual(['w2']);
    expect(names.complete('the vladimir of put', 10)).toEqual(['p0']);
  });

  it('keeps walking longer words for other words begun in fewer letters than a search needs', () => {
    const names = desk();
    names.set('d0', ['Dana Putinovich']);
    // "da" is too short for the ranked search to take as a beginning: only the walk finds these.
    expect(names.complete('da put', 10)).toEqual(['d0', 'p1']);
  });

  it('answers nothing, and never fails, for what names nothing', () => {
    const names = desk();
    expect(names.complete('', 5)).toEqual([]);
    expect(names.complete('!!', 5)).toEqual([]);
    expect(names.complete('the and of', 5)).toEqual([]);
    expect(names.match('')).toEqual({ exact: false, ranked: [] });
    expect(names.nearest('  ', 5)).toEqual([]);
  });

  it('puts an entry named exactly before one met earlier in the walk', () => {
    const names = createNameIndex();
    names.set('junior', ['Vladimir Putin Junior']);
    names.set('putin', ['Vladimir Putin']);
    expect(names.complete('vladimir putin', 5)).toEqual(['putin', 'junior']);
    expect(names.complete('vladimir putin', 1)).toEqual(['putin']);
  });

  it('completes two letters only as a whole word', () => {
    const names = desk();
    names.set('pu', ['Pu Yi']);
    expect(names.complete('pu', 10)).toEqual(['pu']);
  });

  it('fills a short page from the ranked search, never past the limit', () => {
    const names = createNameIndex();
    for (let i = 0; i < 6; i++) names.set(`s${i}`, [`Sergei Shoigu ${i}`]);
    // "sergi" begins no word: the ranked search, which forgives the typo, fills the page.
    expect(names.complete('sergi', 4)).toHaveLength(4);
    expect(names.complete('sergi', 10)).toHaveLength(6);
  });
});

describe('ranked name lookups', () => {
  it('score an entry by its names, a name that folds to nothing left out', () => {
    const plain = createNameIndex();
    const blank = createNameIndex();
    for (const names of [plain, blank]) names.set('other', ['Grain exports resume']);
    plain.set('deal', ['Grain deal']);
    blank.set('deal', ['!!', 'Grain deal', '—']);
    const scores = (names: typeof plain) => {
      const found = names.match('grain dea');
      return found.exact ? [] : found.ranked;
    };
    expect(scores(blank)).toEqual(scores(plain));
    expect(scores(plain).length).toBeGreaterThan(0);
  });

  it('drop every joining word from what is typed', () => {
    const names = createNameIndex();
    names.set('nk', ['North Korea summit']);
    for (const joining of [
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
    ]) {
      const found = names.match(`north ${joining} korea`);
      expect(found.exact ? found.ids : found.ranked.map((hit) => hit.id), joining).toEqual(['nk']);
    }
  });

  it('find a prefix of three letters, and suggest no more than asked', () => {
    const names = createNameIndex();
    names.set('kishida', ['Fumio Kishida']);
    names.set('stoltenberg', ['Jens Stoltenberg']);
    names.set('stone', ['Oliver Stone']);
    // One letter from the stem "stol", which is looked up as typed, with no typo allowed.
    names.set('stul', ['Anna Stul']);
    const found = names.match('kis');
    expect(found.exact ? [] : found.ranked.map((hit) => hit.id)).toEqual(['kishida']);
    // A word mistyped near its end is looked up by its first 60% (at least 3 letters): "stol",
    // which Stone does not begin with.
    expect(names.nearest('stoltz', 5)).toEqual(['stoltenberg']);
    names.set('stolz', ['Otto Stolz']);
    expect(names.nearest('stol', 5)).toHaveLength(4);
    expect(names.nearest('stol', 1)).toHaveLength(1);
  });
});
