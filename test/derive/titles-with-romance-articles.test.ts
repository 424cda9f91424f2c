import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('titles opening with a French, Spanish or Italian article', () => {
  it('does not list a paper or a blog named with "Le", "La" or "El" as a person', () => {
    const b = draft(
      article(
        'Readers of Le Zhiboux and El Vozkar laughed at the cartoon.',
        'Editor Margot Vasseur said sales had doubled.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Margot Vasseur']);
  });
});
