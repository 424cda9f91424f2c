import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a surname alone, placed at a named body, before a verb of saying', () => {
  it('is someone the story quotes without introducing them in full', () => {
    const b = draft(
      article(
        'Vodka boycott',
        'These boycotts are not without criticism. Dodds of Time Magazine points out, “At first glance, Stoli seems a logical target.”',
      ),
    );
    expect(quoted(b)).toEqual([['Dodds', 'At first glance, Stoli seems a logical target.']]);
    expect(b.people.map((p) => p.name)).toEqual(['Dodds']);
  });

  it('is no one when the word is a dictionary word', () => {
    const b = draft(
      article(
        'Vodka boycott',
        'These boycotts are not without criticism. Critics of Time Magazine said it was “unfair”.',
      ),
    );
    expect(b.people).toEqual([]);
  });
});
