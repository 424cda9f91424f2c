import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote inside a quote that runs on into the next paragraph', () => {
  it('keeps the inner pair inside the outer quote, which runs to the end of its paragraph', () => {
    const b = draft(
      article(
        'Lord Speaker on new peers',
        'Lord Fowler, the Lord Speaker, said:',
        '“This list of new peers is a lost opportunity. Two years ago the Prime Minister pledged herself to a policy of “restraint” in the number of new appointments. It was the first such pledge.',
        '“It is also a pity that the list came out during the summer recess.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Fowler',
        'This list of new peers is a lost opportunity. Two years ago the Prime Minister pledged herself to a policy of “restraint” in the number of new appointments. It was the first such pledge.',
      ],
      ['Fowler', 'It is also a pity that the list came out during the summer recess.'],
    ]);
  });

  it('still reads a quote reopened after a full stop as a new quote', () => {
    const b = draft(
      article(
        'Lord Speaker on new peers',
        'Lord Fowler, the Lord Speaker, said:',
        '“This list of new peers is a lost opportunity. “It was the first such pledge.”',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).toEqual([
      'This list of new peers is a lost opportunity.',
      'It was the first such pledge.',
    ]);
  });
});
