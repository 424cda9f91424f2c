import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a statement released, then quoted after a colon', () => {
  it('is the words of the body that released it, not of its country', () => {
    const b = draft(
      article(
        'China urges talks',
        'China’s foreign ministry released a statement Wednesday that urged a return to talks: “We believe that maintaining peace is in the interest of all parties.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'China’s foreign ministry',
        'We believe that maintaining peace is in the interest of all parties.',
      ],
    ]);
  });

  it('leaves the words unplaced when someone else is named after the verb', () => {
    const b = draft(
      article(
        'Ministry statement',
        'The foreign ministry released a statement after Ada Lund spoke: “We believe in talks.”',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).not.toContain('foreign ministry');
  });
});

describe('a name set off by dashes before its verb', () => {
  it('is the subject of the verb after the closing dash', () => {
    const b = draft(
      article(
        'Photos published',
        'One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press, “I think it’s a shame, it’s hideous.”',
      ),
    );
    expect(quoted(b)).toEqual([['Matt Jenkins', 'I think it’s a shame, it’s hideous.']]);
  });
});
