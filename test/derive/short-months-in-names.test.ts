import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a month cut short that is a given name', () => {
  it('keeps "Jan Eliasson" whole, and reads "Jan 5" as a date', () => {
    const b = draft(
      article(
        "Deputy Secretary-General of the UN, Jan Eliasson, called the attack 'shocking' on Jan 5.",
        '"We see the need to investigate this as soon as possible," said Eliasson who also added there is no confirmation.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jan Eliasson', 'shocking'],
      ['Jan Eliasson', 'We see the need to investigate this as soon as possible'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Jan Eliasson']);
  });
});
