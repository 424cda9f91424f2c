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
