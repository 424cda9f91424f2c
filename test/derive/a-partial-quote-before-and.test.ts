import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a partial quote a verb led into, then a name and ", and"', () => {
  it('stays with the one who said it, not the name after the marks', () => {
    const b = draft(
      article(
        'Congressman Eliot Engel told VOA he is not satisfied with what Brazilian President Luiz Inacio Lula da Silva said about his meeting with Iranian President Mahmoud Ahmadinejad.',
        'Engel said he is concerned about the image of President Lula "hugging" Ahmadinejad, and he said sanctions must follow.',
      ),
    );
    expect(quoted(b)).toEqual([['Eliot Engel', 'hugging']]);
  });
});
