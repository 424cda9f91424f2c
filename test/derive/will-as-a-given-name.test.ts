import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"Will" opening a sentence', () => {
  it('is a given name before a surname in a sentence that asks nothing', () => {
    const b = draft(
      article(
        'Will Marshall of the Progressive Policy Institute spoke to VOA.',
        '“It is a perch from which to begin,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Will Marshall', 'It is a perch from which to begin']]);
  });

  it('is still the verb of a question', () => {
    const b = draft(article('Will Congress act in time? Lawmakers are divided.'));
    expect(b.people).toEqual([]);
  });
});
