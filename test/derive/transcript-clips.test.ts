import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('radio transcripts and posts before a holder', () => {
  it('gives a clip labelled by a surname in capitals to the person of that surname', () => {
    const b = draft(
      article(
        'Scientists have implanted a device in the brain of a paralyzed man, led by Dr. John Donoghue of Brown University.',
        'MUSIC: “Our World” theme',
        'DONOGHUE: “The patient is able to just think about moving, and the cursor will move.”',
        'BURKMAN: “Almost all of the heavy smokers failed our test.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'John Donoghue',
        'The patient is able to just think about moving, and the cursor will move.',
      ],
      ['Burkman', 'Almost all of the heavy smokers failed our test.'],
    ]);
  });

  it('gives words to the holder named after a body and a post in lower case', () => {
    const b = draft(
      article(
        '“I don’t blame the minority for being angry,” said House Democratic majority leader Steny Hoyer.',
      ),
    );
    expect(quoted(b)).toEqual([['Steny Hoyer', 'I don’t blame the minority for being angry']]);
  });
});
