import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a verb of saying, then who says, then a colon', () => {
  it('gives the quote after the colon to the one named after the verb', () => {
    const b = draft(
      article(
        'By 4pm about 100 people had come out, reports the regional outlet Vestnik: “mothers and children gathered, and the old too.”',
        'The crowd grew later, said Anna Lindqvist: “Nobody expected so many.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Vestnik', 'mothers and children gathered, and the old too.'],
      ['Anna Lindqvist', 'Nobody expected so many.'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Anna Lindqvist']);
  });

  it('prefers the one named after the verb to a group that is the subject before it', () => {
    const b = draft(
      article('Protesters grew angry by noon, said Anna Lindqvist: “Nobody expected so many.”'),
    );
    expect(quoted(b)).toEqual([['Anna Lindqvist', 'Nobody expected so many.']]);
  });

  it('leaves words after "said in a statement:" with no one named to no one', () => {
    const b = draft(
      article('About 100 people had come out, said the police in a statement: “Nobody was hurt.”'),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('takes the name after "told" for whom it was told to, not for who said it', () => {
    const b = draft(
      article(
        'Guards protested at the hospital on Monday.',
        'One of the guards, who asked to stay anonymous, told GroundUp: “We are here because of the pay.”',
      ),
    );
    expect(quoted(b).filter(([speaker]) => speaker === 'GroundUp')).toEqual([]);
  });
});
