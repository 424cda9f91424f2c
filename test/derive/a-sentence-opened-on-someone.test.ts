import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a sentence that opens on someone with "For" and a comma', () => {
  it('makes them whom the next "she" stands for', () => {
    const b = draft(
      article(
        '“The shack is so dirty,” said Bongiswa Vakele, who has been staying there for a month.',
        'For Zisanda Fiphaza, the cold, dirty shack was no place for her son to live. “He is too young to live under these conditions,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Bongiswa Vakele', 'The shack is so dirty'],
      ['Zisanda Fiphaza', 'He is too young to live under these conditions'],
    ]);
  });
});
