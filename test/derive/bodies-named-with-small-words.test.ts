import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('bodies whose names hold small words', () => {
  it('keeps both sides of an ampersand in one name', () => {
    const b = draft(
      article(
        'Children met sailors at the Lads & Lasses Club in Fresno.',
        'The Lads & Lasses Club said its aim was “to give every child a fair start.”',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toContain('Lads & Lasses Club');
    expect(quoted(b)).toEqual([['Lads & Lasses Club', 'to give every child a fair start.']]);
  });

  it('goes on with "to" and a verb when a body is named for its purpose', () => {
    const b = draft(
      article(
        'The Alliance to Protect Coastal Wetlands counted 40 lost marshes and warned that “the damage is speeding up”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Alliance to Protect Coastal Wetlands', 'the damage is speeding up'],
    ]);
  });

  it('does not run a body on into a place it was sent to', () => {
    const b = draft(
      article('The Council sent its Committee to New York on Monday, officials said.'),
    );
    expect(b.organisations.map((o) => o.name)).not.toContain('Committee to New York');
  });

  it('never takes two names joined by an ampersand for a person', () => {
    const b = draft(
      article('Shoppers queued at Hale & Dorsey on Monday, the first day of the sale.'),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
    expect(b.organisations.map((o) => o.name)).toContain('Hale & Dorsey');
  });
});
