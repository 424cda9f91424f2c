import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('honours and bodies written beside a name', () => {
  it('takes Australian honours after a name off it, and keeps a club opened by them whole', () => {
    const b = draft(
      article(
        'In the final report, Commissioner Catherine Hollis AC SC described the witness’s evidence in the following way:',
        '“Some of the witnesses would make one despair of the service.”',
        'The midfielder joined AC Milan in 2019.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Catherine Hollis', 'Some of the witnesses would make one despair of the service.'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Catherine Hollis']);
    expect(b.organisations.map((o) => o.name)).toContain('AC Milan');
  });

  it('gives the words to the person, not the body named between commas after them', () => {
    const b = draft(
      article(
        'James Corbett, Acting Director U.S. Citizenship and Immigration Services, also addressed the group saying, “This ceremony marks the end of your journey.”',
      ),
    );
    expect(quoted(b)).toEqual([['James Corbett', 'This ceremony marks the end of your journey.']]);
  });
});
