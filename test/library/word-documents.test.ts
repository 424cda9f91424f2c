import { describe, expect, it } from 'vitest';
import { createBm25Index } from '../../src/library/bm25-index.ts';

const processTerm = (term: string) => term.toLowerCase() || null;

describe('the documents and words of a full-text index, for completions', () => {
  it('lists the documents holding a word in the order they were added, once each', () => {
    const index = createBm25Index({ fields: ['title', 'body'], processTerm });
    index.add('c', { title: 'grain deal', body: 'grain ships' });
    index.add('a', { title: 'other', body: 'grain' });
    index.add('b', { title: 'grain', body: 'nothing' });
    expect([...index.documentsWith('grain')]).toEqual(['c', 'a', 'b']);
    index.remove('a');
    expect([...index.documentsWith('grain')]).toEqual(['c', 'b']);
    index.add('a', { title: 'grain again', body: '' });
    expect([...index.documentsWith('grain')]).toEqual(['c', 'b', 'a']);
    expect([...index.documentsWith('unknown')]).toEqual([]);
  });

  it('lists the words beginning with a prefix in sorted order, as words come and go', () => {
    const index = createBm25Index({ fields: ['title'], processTerm });
    index.add('one', { title: 'putin puttnam pu' });
    expect([...index.wordsStartingWith('put')]).toEqual(['putin', 'puttnam']);
    index.add('two', { title: 'put putt' });
    expect([...index.wordsStartingWith('put')]).toEqual(['put', 'putin', 'putt', 'puttnam']);
    expect([...index.wordsStartingWith('pu')]).toEqual(['pu', 'put', 'putin', 'putt', 'puttnam']);
    expect([...index.wordsStartingWith('q')]).toEqual([]);
  });
});
