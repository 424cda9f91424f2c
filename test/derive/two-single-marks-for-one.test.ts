import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('two single marks typed for one double mark', () => {
  it('closes a quote at ’’ and opens one at ‘‘', () => {
    const b = draft(
      article(
        'Community leader Mhimhi Makhaphela said, “The houses have cracks and look as if they will crumble.’’',
        '‘‘The rain comes in through the cracks,’’ she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Mhimhi Makhaphela', 'The houses have cracks and look as if they will crumble.'],
      ['Mhimhi Makhaphela', 'The rain comes in through the cracks'],
    ]);
  });
});
