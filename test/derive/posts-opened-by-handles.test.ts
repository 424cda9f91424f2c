import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('posts a paragraph opens with a handle', () => {
  it('lists the handle as a person, without the capitals of the post after it', () => {
    const b = draft(
      article(
        'Bloggers reacted to the singer Tom Vale.',
        '@kotik_mur: Nobody here liked the show.',
        '@ZarinaBell Random country? We have the biggest festival.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Tom Vale', 'kotik_mur', 'ZarinaBell']);
  });

  it("gives a handle holding a named person's family name to that person", () => {
    const b = draft(
      article(
        'Film director Nikos Varlas recorded the arrest.',
        '@nikovarlas: He was burning bags.',
        '@cityblog: A sad day.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nikos Varlas']);
    expect(b.people[0]?.aliases).toContain('nikovarlas');
  });
});
