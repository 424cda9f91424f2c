import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);

describe('ships named after people', () => {
  it("takes a ship's name without its prefix for the ship, once the story gave the prefix", () => {
    const text = article(
      'Sailors aboard the aircraft carrier USS Martin Hale (CVN 80) held a memorial on Monday.',
      "Chiefs assigned to Martin Hale served lunch in Martin Hale's hangar bay.",
      '"It was an honour," said Chief Petty Officer Dana Kirk.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('keeps the person the ship honours when a title names him', () => {
    const text = article(
      'Sailors aboard USS Martin Hale held a memorial on Monday.',
      'The ship is named for President Martin Hale, who served two terms.',
    );
    expect(people(text)).toContain('Martin Hale');
  });
});
