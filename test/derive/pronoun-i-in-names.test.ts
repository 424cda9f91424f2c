import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('the pronoun I beside capitalised words', () => {
  it('is never the end of a name before a word in lower case ("to Dubai I had", "… But I was")', () => {
    const b = draft(
      article(
        'An Iraqi blogger returns.',
        'Rose of the renamed Diary of Rosebaghdad is posting again. After moving from Baghdad to Dubai I had almost given up on her. She discusses how Iraqis in Dubai have changed:',
        '"A strange phenomenon that I found among Iraqis is the increase of extremists … But I was very angry, not because of me but for the other women."',
      ),
    );
    const names = [...b.people, ...b.organisations, ...b.groups].map((e) => e.name);
    expect(names.filter((name) => /\bI$/u.test(name))).toEqual([]);
  });

  it('stays a monarch\'s number after a name ("Queen Elizabeth I was crowned")', () => {
    const b = draft(
      article('A coronation is remembered.', 'Queen Elizabeth I was crowned in 1559.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Elizabeth I']);
  });
});
