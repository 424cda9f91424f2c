import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body’s spokesman, then a pronoun', () => {
  it('gives “he said” to the body whose spokesman the sentence before made its subject', () => {
    const b = draft(
      article(
        'Ivan Petrov, chair of the security committee, told reporters: "We will leave when there is peace."',
        'The Norland Interior Ministry\'s spokesman expressed surprise at the claim. "Nobody gave such an order," he said.',
      ),
    );
    expect(quoted(b).at(-1)).toEqual(['Norland Interior Ministry', 'Nobody gave such an order']);
  });

  it('still gives the pronoun to a person named as subject after the spokesman', () => {
    const b = draft(
      article(
        "The Norland Interior Ministry's spokesman expressed surprise at the claim.",
        'Ivan Petrov, chair of the security committee, disagreed. "There was an order," he said.',
      ),
    );
    expect(quoted(b).at(-1)).toEqual(['Ivan Petrov', 'There was an order']);
  });
  it('keeps the pronoun for a named person described as a spokesman', () => {
    const b = draft(
      article(
        'Ann Lee, a spokeswoman for the Green Party, said she hoped for more. "I would hope the leaders act," she said.',
      ),
    );
    expect(quoted(b).at(-1)).toEqual(['Ann Lee', 'I would hope the leaders act']);
  });
});
