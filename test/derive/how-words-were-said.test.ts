import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('a participle after whom someone told', () => {
  const paraphrases = (text: string) =>
    draft(
      article('Matebele had to stop working three years ago when he became sick with TB.', text),
    )
      .statements.filter((s) => s.kind === 'paraphrase')
      .map((s) => s.text);

  it('is no report of what was said when it says where it was said', () => {
    expect(
      paraphrases('“Being that ill is hectic,” he told OurHealth, speaking from his bed.'),
    ).toEqual([]);
  });

  it('still reports what was added', () => {
    expect(
      paraphrases('“It failed,” he told reporters, adding that the talks would resume on Monday.'),
    ).toEqual(['adding that the talks would resume on Monday']);
  });
});
