import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('names after an inverted "said" behind a numbered unit or a rank with full stops', () => {
  it('reaches the name past "379th" and past "Lt. j.g."', () => {
    const b = draft(
      article(
        'Airmen paused for a safety day on Monday.',
        '"The Air Force was built around the Wingman culture," said 379th Air Expeditionary Wing Command Chief David Green.',
        '"We do so much more than just fight wars," said Lt. j.g. Justin Carp, a chaplain aboard the ship.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['David Green', 'The Air Force was built around the Wingman culture'],
      ['Justin Carp', 'We do so much more than just fight wars'],
    ]);
  });
});

describe('a spokesperson set off by commas after a name', () => {
  it('describes the name, who speaks, not the one spoken for', () => {
    const b = draft(
      article(
        'Opposition leader Morgan Tsvangirai was barred from holding rallies on Friday.',
        'George Sibotshiwe, a spokesperson for Tsvangirai, called the ban "a clear indication that the regime will do everything to remain in power."',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'George Sibotshiwe',
        'a clear indication that the regime will do everything to remain in power.',
      ],
    ]);
  });
});
