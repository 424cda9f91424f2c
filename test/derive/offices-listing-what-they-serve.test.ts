import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('an office that lists what it serves, with commas, before its holder', () => {
  it('finishes the office at the name, though no list knows the given name', () => {
    const b = draft(
      article(
        'Environment priorities set out',
        'The Cabinet Secretary for Environment, Climate Change and Land Reform Roseanna Cunningham said:',
        '“Our land, our air and our seas form the backbone of a fairer Scotland.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Roseanna Cunningham',
        'Our land, our air and our seas form the backbone of a fairer Scotland.',
      ],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Roseanna Cunningham']);
    expect(b.groups).toEqual([]);
  });

  it('finishes it before a given name the list knows', () => {
    const b = draft(
      article(
        'Budget published',
        'The Cabinet Secretary for Finance, Economy and Fair Work Derek Mackay said:',
        '“This budget protects the services people rely on.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Derek Mackay', 'This budget protects the services people rely on.'],
    ]);
  });
});
