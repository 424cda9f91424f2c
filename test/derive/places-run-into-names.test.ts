import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a place run into the name someone is called by', () => {
  it('splits "in Havana Lula said:" where the story calls him Lula alone', () => {
    const b = draft(
      article(
        'President Luiz Inácio Lula da Silva met Hugo Chavez. The visit was the first that President Lula made abroad. Adviser Marco Garcia said: "These agreements are strategic."',
        'On December 4, 2001 during the tenth Foro in Havana Lula said: "A shoal of small fish may mean the end of hunger."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Marco Garcia', 'These agreements are strategic.'],
      ['Luiz Inácio Lula da Silva', 'A shoal of small fish may mean the end of hunger.'],
    ]);
    expect(b.organisations.map((o) => o.name)).not.toContain('Havana Lula');
  });
});
