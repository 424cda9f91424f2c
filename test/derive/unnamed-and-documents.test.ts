import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('someone unnamed by a demonstrative, holding something; a statement that closes', () => {
  it('takes "This protester told VOA" for someone unnamed whom the next "she" stands for', () => {
    const b = draft(
      article(
        'Television footage showed people beaten by security forces in Rangoon.',
        'This protester told VOA by telephone that one of the rallies happened at the Sule Pagoda.',
        '“There were a few hundred people singing the national anthem,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['protester', 'There were a few hundred people singing the national anthem'],
    ]);
  });

  it('reads what someone carries between them and their verb as no break', () => {
    const b = draft(
      article(
        'Five electricity poles were set alight. One resident carrying a stick shouted, “Let there be darkness for all.”',
      ),
    );
    expect(quoted(b)).toEqual([['resident', 'Let there be darkness for all.']]);
  });

  it('gives words quoted before ", the statement said." at a sentence’s end to the statement', () => {
    const b = draft(
      article(
        'The Rescue Party is seeking “real justice” for victims of the regime, the statement said.',
      ),
    );
    expect(quoted(b)).toEqual([['the statement', 'real justice']]);
  });
});
