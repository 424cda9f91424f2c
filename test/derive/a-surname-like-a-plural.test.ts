import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a surname that reads as a plural noun', () => {
  it('is a person when "she" or "her" follows the name and its verb', () => {
    const b = draft(
      article(
        'Upon returning home from a trip, Lousetta Keyes found an eviction notice taped to her apartment door.',
        '“They put a notice on my door for $32,” she said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Lousetta Keyes']);
    expect(quoted(b)).toEqual([['Lousetta Keyes', 'They put a notice on my door for $32']]);
  });

  it('still leaves a body named for its trade unlisted', () => {
    const b = draft(article('Chariot Chauffeurs lost the contract last year.'));
    expect(b.people).toEqual([]);
  });

  it("is a person when a title stands before it, a South African MEC's among them", () => {
    const b = draft(
      article(
        'The site of the former school in Sea Point has been the subject of court action since 2016.',
        'Infrastructure MEC Tertuis Simmers said part of the site would be used for housing.',
        '“It will result in the optimum use of this site,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Tertuis Simmers']);
    expect(b.organisations.map((o) => o.name)).toEqual([]);
    expect(quoted(b)).toEqual([
      ['Tertuis Simmers', 'It will result in the optimum use of this site'],
    ]);
  });
});
