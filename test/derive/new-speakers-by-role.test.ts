import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a role word reused for someone new', () => {
  it('gives words said by "the chief technology officer for X" to that officer, not to "the chief"', () => {
    const b = draft(
      article(
        'Lena Park, the former agency chief, said the outage was serious.',
        '"Nobody can get online," said the chief technology officer for Brightline, a firm that tracks traffic.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['chief technology officer for Brightline', 'Nobody can get online'],
    ]);
  });

  it('takes "Member" for a title, so a committee run into a member\'s name leaves the member', () => {
    const b = draft(
      article(
        'Harbour and Fisheries Committee Ranking Member Ella Hartwick (AB-03): "This cleanup is good news for our towns."',
      ),
    );
    expect(quoted(b)).toEqual([['Ella Hartwick', 'This cleanup is good news for our towns.']]);
  });

  it('gives words of "Moss\'s uncle" to the uncle, unnamed, not to Moss', () => {
    const b = draft(
      article(
        'Student Daniel Moss, 19, was arrested in March.',
        'Moss\'s uncle told reporters: "He did nothing wrong."',
      ),
    );
    expect(quoted(b)).toEqual([["Moss's uncle", 'He did nothing wrong.']]);
    expect(b.groups.find((g) => g.name === "Moss's uncle")?.aliases).toEqual([
      "Daniel Moss's uncle",
    ]);
  });

  it('names the one a deck describes without an article ("says Eastern Cape villager")', () => {
    const b = draft(
      article(
        'Villagers say the bridge is dangerous',
        '“Our municipality pretends to be maintaining our roads” says Eastern Cape villager',
        'Learners cross the river every day to reach the school on the other side.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Eastern Cape villager', 'Our municipality pretends to be maintaining our roads'],
    ]);
    expect(b.organisations.map((o) => o.name)).not.toContain('Eastern Cape');
  });

  it.each(['opined', 'agreed', 'conceded'])(
    'names "another voter" who %s after the quote',
    (verb) => {
      const b = draft(
        article(
          'Voters in Varanasi queued from early morning on Monday to cast their ballots.',
          `“For sure, the BJP. Modi seems to be a strong leader,” another voter ${verb}.`,
        ),
      );
      expect(quoted(b)).toEqual([['voter', 'For sure, the BJP. Modi seems to be a strong leader']]);
    },
  );
});
