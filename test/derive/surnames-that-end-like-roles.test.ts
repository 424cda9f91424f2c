import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('surnames that end like a role noun', () => {
  it('does not read a surname ending in "man" as a role describing the place after it', () => {
    const b = draft(
      article(
        'Samples came from Ana and Bea. Dr. Amira Hartman of Hospital Addis Ababa testified the samples were clean. "Nothing was found in them," he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Amira Hartman']);
    expect(quoted(b)).toEqual([['Amira Hartman', 'Nothing was found in them']]);
  });

  it('does not read a count before a noun ("a nine-person team") as a role', () => {
    const b = draft(
      article(
        "Norway's Ministry for Trade, Mining, Forestry and Fisheries sent a nine-person inspection team to Ohio.",
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
  });
});
