import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('two quotes, each led in by its own verb, in one sentence', () => {
  it('gives each quote to the verb before it, a semicolon standing for a colon', () => {
    const b = draft(
      article(
        'Former editors are turning to Twitter. Mia Freedman posted; "Sad for all the girls who dream of working in magazines.", and Lisa Wilkinson posting "Very sad to hear the news."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Mia Freedman', 'Sad for all the girls who dream of working in magazines.'],
      ['Lisa Wilkinson', 'Very sad to hear the news.'],
    ]);
  });
});
