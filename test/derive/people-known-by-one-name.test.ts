import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('people the story names by one name only', () => {
  it('takes a single name that opens a sentence, then `he` after its verb, for a man', () => {
    const b = draft(
      article(
        'Matebele had to stop working three years ago when he became sick.',
        '“Being that ill is hectic,” he told the paper. “I used to think my days were over.”',
        '“They are kind,” Matebele added.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Matebele']);
    expect(b.organisations).toEqual([]);
    expect(quoted(b).map(([speaker]) => speaker)).toEqual(['Matebele', 'Matebele', 'Matebele']);
  });

  it('takes a single name that says `her` right after its verb for a woman', () => {
    const b = draft(
      article(
        'Evelyn said her only regret is that her father was not diagnosed sooner.',
        '“It’s important to visit clinics often,” she said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Evelyn']);
    expect(quoted(b)).toEqual([['Evelyn', 'It’s important to visit clinics often']]);
  });

  it('still leaves a body that opens a sentence with `its` alone', () => {
    const b = draft(article('Loopr said its new app would launch in May.'));
    expect(b.people).toEqual([]);
  });
});
