import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a legislator named again by home town and party', () => {
  it('takes "the Baxter Springs Republican" for the legislator the story is about', () => {
    const b = draft(
      article(
        'Sen. Richard Hollis did not want to leave the count to chance.',
        '“Human error could cause a clerk to miss one,” the Baxter Springs Republican told legislators. “A watermark would be distinct.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Richard Hollis', 'Human error could cause a clerk to miss one'],
      ['Richard Hollis', 'A watermark would be distinct.'],
    ]);
  });

  it('does not take "the Senate Republican leader" or "the Ohio Republican Party" for a person', () => {
    const b = draft(
      article(
        'Sen. Richard Hollis did not want to leave the count to chance.',
        'The Ohio Republican Party said the plan was “a mistake”.',
      ),
    );
    expect(quoted(b)).toEqual([['Ohio Republican Party', 'a mistake']]);
  });

  it('takes a party letter joined to a home town after a surname for a tag, not a person', () => {
    const b = draft(
      article(
        'Sen. David Parks reintroduced the bill on Monday.',
        'Parks, D-Las Vegas, said he decided to bring it back. “This is the third attempt,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['David Parks']);
    expect(quoted(b)).toEqual([['David Parks', 'This is the third attempt']]);
  });

  it('takes a home town with a stop in it ("D-Bay St. Louis") for one tag', () => {
    const b = draft(
      article(
        'House Democrats toured the state to talk about the budget on Monday.',
        '“We need to understand what we are dealing with,” said Rep. David Baria, D-Bay St. Louis, the House minority leader.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['David Baria']);
  });

  it('reads "Del." before a Virginia delegate\'s name as a title, not a name or a sentence end', () => {
    const b = draft(
      article(
        'A bill to rein in the utility passed the House of Delegates on Tuesday.',
        '“They have been nickel-and-diming Virginians,” Del. Sally Hudson, D-Charlottesville, told me.',
        '“It was disrespectful,” said Del. Luke Torian.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Sally Hudson', 'They have been nickel-and-diming Virginians'],
      ['Luke Torian', 'It was disrespectful'],
    ]);
  });
});
