import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('posts, their writers and the markers of linked pages', () => {
  it('reads past a language marker between a name and its description', () => {
    const b = draft(
      article(
        'Yesterday, Pavel Grosz [en], a Duma deputy, wrote to the prosecutor. Grosz welcomed [ru] the reply.',
      ),
    );
    expect(b.people.map((p) => [p.name, p.role])).toEqual([['Pavel Grosz', 'Duma deputy']]);
  });

  it('gives a post to the user named before the verb, past an aside', () => {
    const b = draft(
      article(
        'Deputy Oleg Varin said bloggers were calling for unrest. Twitter user Nika Solva, for instance, wrote on April 4, "Everyone to the square."',
      ),
    );
    expect(quoted(b).at(-1)).toEqual(['Nika Solva', 'Everyone to the square.']);
  });

  it('reads a parenthesis that opens with a capital after a full stop as a sentence of its own', () => {
    const b = draft(
      article(
        'Varin said bloggers threaten Russia\'s "constitutional order." (One poster, Nika Solva, wrote on April 4, "Everyone to the square.") Varin asked for a ban.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Varin', 'constitutional order.'],
      ['Nika Solva', 'Everyone to the square.'],
    ]);
  });
});

describe('online handles', () => {
  it('lists handles named after a word for a user as people, the list read to its end', () => {
    const b = draft(
      article(
        'Deputy Oleg Varin cited blogger zarya77 and reposts from Twitter users kot_mur, lisanka, and vetrogon.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([
      'Oleg Varin',
      'zarya77',
      'kot_mur',
      'lisanka',
      'vetrogon',
    ]);
  });

  it('gives a handle in apposition to the person it follows, and skips a verb after "user"', () => {
    const b = draft(
      article(
        'Nika Solva, Twitter user nsolva, posted a photo. Accounts labelled as fake were closed, said official Ada Brenn.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nika Solva', 'Ada Brenn']);
    expect(b.people[0]?.aliases).toContain('nsolva');
  });

  it('gives a comment to a handle named beside it as its speaker', () => {
    const b = draft(
      article(
        'The town council voted to close the old market on Friday. Readers of the local forum were split.',
        '"They should have asked the traders first," volk_88 replied under the story. "It was time," wrote marta2001.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['volk_88', 'They should have asked the traders first'],
      ['marta2001', 'It was time'],
    ]);
  });

  it('gives a reply to the handle after "user", not to the network named before it', () => {
    const b = draft(
      article(
        'The mayor, Ivan Petrov, spoke of new parks. Angry Facebook user lena_k answered: "Parks will not pay the rent."',
      ),
    );
    expect(quoted(b)).toEqual([['lena_k', 'Parks will not pay the rent.']]);
  });
});
