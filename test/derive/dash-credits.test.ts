import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words followed by a dash and who said them', () => {
  it('gives overheard remarks to the people the dash describes', () => {
    const b = draft(
      article(
        'We walked the halls of the Capitol on Wednesday morning. Here is what we heard:',
        '“This is the quiet session, nothing’s happening.” — A lobbyist on the basement floor',
        '“The first week is the worst.” — Security guard talking to a visiting staffer',
        '“I’ve built roads faster.” — City of Santa Fe mayoral candidate in response to a question',
      ),
    );
    expect(quoted(b)).toEqual([
      ['a lobbyist', 'This is the quiet session, nothing’s happening.'],
      ['security guard', 'The first week is the worst.'],
      ['City of Santa Fe mayoral candidate', 'I’ve built roads faster.'],
    ]);
  });

  it('gives an epigraph to the person named after the dash', () => {
    const b = draft(
      article(
        'President Ada Lund met Prime Minister Lena Berg in Oslo on Monday.',
        '“We agree on these points, and I am very happy to see that.” — Lena Berg',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Lena Berg', 'We agree on these points, and I am very happy to see that.'],
    ]);
  });

  it('leaves a source’s credit, with its date or a body, to no one', () => {
    const b = draft(
      article(
        'The document was found on a street in Ottawa.',
        'Sources',
        '"Sensitive government document found on rainy Ottawa street." — CBC.ca, August 15, 2008',
        '“We value the health of our people.” – Health-e News.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
