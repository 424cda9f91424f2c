import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

// A scare-quoted word before a noun (`a ‘healthy’ browser`) stays no one's: attribution-patterns.test.ts.
describe('a word or two in marks after an article', () => {
  it('gives them to the speaker named right after the marks', () => {
    const b = draft(
      article(
        'Barnaby Joyce said the story broke while he was raising funds for the Nationals.',
        'That made his speech a “bit awkward”, he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Barnaby Joyce', 'bit awkward']]);
  });

  it('gives them to the one the sentence closes on as its speaker', () => {
    const b = draft(
      article(
        'Gov. Ron DeSantis has declared a state of emergency ahead of the winter storm.',
        'The order lets the state close roads and open shelters where needed.',
        'Conditions could present a “major disaster” as far south as Central Florida, DeSantis said in his order.',
      ),
    );
    expect(quoted(b)).toEqual([['Ron DeSantis', 'major disaster']]);
  });
});
