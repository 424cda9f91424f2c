import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe("'refer to … as' as a verb of saying", () => {
  it('gives the words after `referred to … as` to the subject, spelt with a doubled r', () => {
    const b = draft(
      article(
        'The new order was signed on Monday.',
        '"It changes nothing," said Tom Hale.',
        'Representative Anna Grey of Ohio referred to the order as "the same ban again" on Twitter.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Hale', 'It changes nothing'],
      ['Anna Grey', 'the same ban again'],
    ]);
  });

  it('reads the participle `referring to … as` too', () => {
    const b = draft(
      article(
        'The dispute went on for a week.',
        'Paul Verity wrote a long post on Sunday, referring to the minister as "a danger to us all".',
      ),
    );
    expect(quoted(b)).toEqual([['Paul Verity', 'a danger to us all']]);
  });

  it('does not read `referring to` a thing, or a name `referred to as`, as saying', () => {
    const b = draft(
      article(
        'Enrollment was down by 0.9% last year, according to an annual report released in November by the Institute for International Education (IIE). Students also cited negative political rhetoric.',
        '"Students bring money and ideas to the towns they study in," according to "Students and Crime," published in 2015, and referring to the billions of dollars students bring.',
        'Its members belong to a movement referred to as "Nova".',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
