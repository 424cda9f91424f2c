import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a benefit or a scheme named in capitals', () => {
  it('is no person, so the next "she" is still the one the story follows', () => {
    const b = draft(
      article(
        'Helen Haines is the member for Indi.',
        'But she’s a critic of the proposal to drug test people on Newstart and Youth Allowance. She says “the evidence is not there to support” the move.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Helen Haines']);
    expect(quoted(b)).toEqual([['Helen Haines', 'the evidence is not there to support']]);
  });
});
