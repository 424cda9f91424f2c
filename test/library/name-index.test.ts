import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../../src/library/name-index.ts';

describe('a name shared by several entries', () => {
  it('matches every entry that still has it, as entries are replaced and removed', () => {
    const names = createNameIndex();
    names.set('c', ['Sanctions', 'Gamma']);
    names.set('a', ['sanctions', 'Alpha']);
    names.set('b', ['SANCTIONS']);
    expect(names.match('sanctions')).toEqual({ exact: true, ids: ['a', 'b', 'c'] });
    expect(names.complete('sanctions', 5).slice(0, 3)).toEqual(['c', 'a', 'b']);
    names.remove('a');
    expect(names.match('sanctions')).toEqual({ exact: true, ids: ['b', 'c'] });
    names.set('b', ['Beta']);
    expect(names.match('sanctions')).toEqual({ exact: true, ids: ['c'] });
    names.set('a', ['Sanctions']);
    expect(names.match('sanctions')).toEqual({ exact: true, ids: ['a', 'c'] });
    names.remove('c');
    names.remove('a');
    expect(names.match('sanctions')).toEqual({ exact: false, ranked: [] });
    expect(names.match('beta')).toEqual({ exact: true, ids: ['b'] });
  });
});

describe('completing a partly typed name', () => {
  const people = () => {
    const names = createNameIndex();
    names.set('putin', ['Vladimir Putin', 'Putin']);
    names.set('puttnam', ['David Puttnam']);
    names.set('kim', ['Kim Jong Un']);
    names.set('pu', ['Pu Yi']);
    return names;
  };

  it('offers entries with a word beginning with what was typed, a whole word first', () => {
    const names = people();
    expect(names.complete('put', 5).sort()).toEqual(['putin', 'puttnam']);
    names.set('put', ['Jane Put']);
    expect(names.complete('put', 5)[0]).toBe('put');
    // Two letters complete only a whole word, as the ranked search does.
    expect(names.complete('pu', 5)).toEqual(['pu']);
  });

  it('keeps only entries with every other word typed, whole or begun', () => {
    const names = people();
    expect(names.complete('vladimir put', 5)).toEqual(['putin']);
    expect(names.complete('vlad put', 5)).toEqual(['putin']);
    expect(names.complete('david put', 5)).toEqual(['puttnam']);
  });

  it('falls back to the ranked search, typos allowed, when too few begin so', () => {
    const names = people();
    expect(names.complete('vladmir', 5)).toEqual(['putin']);
    expect(names.complete('zzz', 5)).toEqual([]);
  });

  it('follows entries as they are replaced and removed', () => {
    const names = people();
    names.set('puttnam', ['David Attenborough']);
    expect(names.complete('putt', 5)).toEqual([]);
    names.remove('putin');
    expect(names.complete('put', 5)).toEqual([]);
    expect(names.complete('atten', 5)).toEqual(['puttnam']);
  });

  it('stops at the limit when thousands share the beginning of a name', () => {
    const names = createNameIndex();
    for (let i = 0; i < 5000; i++) names.set(`p${i}`, [`Person${i} Achebe${i % 7}`]);
    const first = names.complete('ach', 25);
    expect(first).toHaveLength(25);
    expect(new Set(first).size).toBe(25);
    // The same answer each time: completions do not depend on what was asked before.
    expect(names.complete('ach', 25)).toEqual(first);
  });
});
