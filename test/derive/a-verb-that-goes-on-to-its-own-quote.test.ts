import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a name and a verb after a quote that go on to a quote of their own', () => {
  it('start a new sentence, so "He says" is not read inside the sentence before', () => {
    const b = draft(
      article(
        'The founding president of the Movement for Democratic Change, Morgan Tsvangirai, has urged President Robert Mugabe to step down.',
        'Nelson Chamisa, a spokesman for the MDC, told VOA reporter Ashenafi Abedje that his call for Mugabe’s resignation “captures the thinking in the country.” He says most Zimbabweans feel “we need a new government.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nelson Chamisa', 'captures the thinking in the country.'],
      ['Nelson Chamisa', 'we need a new government.'],
    ]);
  });

  it('still carry the quote before them when a comma leads to the next one', () => {
    const b = draft(article('“Why now?” Ann Smith asked, “and why here?”'));
    expect(quoted(b)).toEqual([
      ['Ann Smith', 'Why now?'],
      ['Ann Smith', 'and why here?'],
    ]);
  });
});
