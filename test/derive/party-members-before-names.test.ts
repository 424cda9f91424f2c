import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a party written before a name', () => {
  it('takes a party of two words ("Liberal Democrat") off the name, as it does one', () => {
    const b = draft(
      article(
        'Liberal Democrat Vince Cable expressed his displeasure at the remarks, saying it was "an appalling way to conduct the argument".',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Vince Cable']);
    expect(quoted(b)).toEqual([['Vince Cable', 'an appalling way to conduct the argument']]);
  });
});
