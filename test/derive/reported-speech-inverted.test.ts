import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('reported speech with its verb and speaker after it', () => {
  it('reads a description of the speaker at the end of the sentence, and the quote that follows', () => {
    const b = draft(
      article(
        'The National Center for Missing and Exploited Children is coordinating the effort.',
        'In Houston, police are working with the organization, says Ernie Allen, the Center’s president.',
        '“If you look in the faces of these children, you see a hollowness.”',
      ),
    );
    const reported = b.statements.find((s) => s.kind === 'paraphrase');
    expect(reported?.speaker).toBe('ernie-allen');
    expect(reported?.text).toBe('In Houston, police are working with the organization');
    expect(quoted(b)).toEqual([
      ['Ernie Allen', 'If you look in the faces of these children, you see a hollowness.'],
    ]);
  });
});
