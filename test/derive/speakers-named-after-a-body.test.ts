import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('speakers named after a country or body that owns their role', () => {
  it('gives "he said" to the person after "United States film director", not to the country', () => {
    const b = draft(
      article(
        'On Wednesday, United States film director Tomas Whitcombe withdrew from his position as adviser. "My conscience would not let me stay," he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Tomas Whitcombe', 'My conscience would not let me stay']]);
  });
});
