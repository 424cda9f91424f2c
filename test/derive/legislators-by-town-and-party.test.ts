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
});
