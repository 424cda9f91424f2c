import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

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

  it('reports nothing from "said outside the court Wednesday", where the words were said', () => {
    const b = draft(
      article(
        'The Supreme Court upheld the fine against opposition lawmaker Mu Sochua.',
        '“This is not justice,” Mu Sochua said outside the court Wednesday.',
      ),
    );
    expect(b.statements.filter((s) => s.kind === 'paraphrase').map((s) => s.text)).toEqual([]);
    expect(quoted(b)).toEqual([['Mu Sochua', 'This is not justice']]);
  });
});
