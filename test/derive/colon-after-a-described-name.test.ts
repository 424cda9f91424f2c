import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a whole sentence quoted after a colon, the subject described before the name', () => {
  it('gives the quote to the name set off by commas after its description', () => {
    const b = draft(
      article(
        'Spokesman for the harbour board, Omar Reyes, made the announcement on Friday: "We regret that the crossing is closed until spring."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Omar Reyes', 'We regret that the crossing is closed until spring.'],
    ]);
  });

  it('gives it to no one when a clause of its own opens the sentence', () => {
    const b = draft(
      article(
        'When the storm hit the harbour, Ines Kowal, the mayor, had one list in hand: "Ferries, buses and the night train."',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('gives it to the subject after an opening about words, and a bracket may open the quote', () => {
    const b = draft(
      article(
        'In a comment to the Bangkok Post, Thai army Colonel Winthai Suwaree shared a similar sentiment: "[The junta] must look at the intention of the protesters."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Winthai Suwaree', '[The junta] must look at the intention of the protesters.'],
    ]);
  });
});
